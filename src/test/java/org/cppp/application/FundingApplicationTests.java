package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.Initiative;
import org.cppp.funding.Scheme;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.shared.TechnologyCategory;
import org.junit.jupiter.api.Test;

class FundingApplicationTests {

  static final LocalDate DAY = LocalDate.of(2011, 6, 1);

  static ApplicationDraft demo(String cost) {
    return new ApplicationDraft(
        "ET-1",
        "Waste heat recovery",
        "",
        "Q-1",
        List.of(new ApplicationDraft.Line("Heat exchanger", new BigDecimal(cost))),
        TechnologyCategory.ENERGY_SAVING,
        "Saves 10% gas",
        null,
        null);
  }

  static FundingApplication readyDemo(String cost, String share) {
    FundingApplication a =
        new FundingApplication(
            "APP-1",
            "12345678",
            "TEXTILES",
            Scheme.DEMONSTRATION_PROJECT,
            Initiative.DEMONSTRATION,
            demo(cost),
            "u",
            DAY);
    a.submit(new BigDecimal(share), "Launch phase", DAY, "u");
    a.startScreening(DAY, "o", "");
    a.passScreening(DAY, "o", "ok");
    return a;
  }

  @Test
  void aCompleteDraftHasNothingMissing() {
    FundingApplication a =
        new FundingApplication(
            "APP-1",
            "12345678",
            "TEXTILES",
            Scheme.DEMONSTRATION_PROJECT,
            Initiative.DEMONSTRATION,
            demo("200000"),
            "u",
            DAY);
    assertThat(a.missingForSubmission(false, Initiative.DEMONSTRATION)).isEmpty();
    assertThat(a.view(DAY).totalCostHkd()).isEqualByComparingTo("200000.00");
  }

  @Test
  void anEmptyDraftNamesEverythingMissing() {
    FundingApplication a =
        new FundingApplication(
            "APP-2",
            "12345678",
            "TEXTILES",
            Scheme.DEMONSTRATION_PROJECT,
            Initiative.DEMONSTRATION,
            ApplicationDraft.empty(),
            "u",
            DAY);
    assertThat(a.missingForSubmission(false, Initiative.DEMONSTRATION))
        .containsExactly(
            "title", "costItems", "providerCode", "quotation", "technology", "expectedBenefits");
  }

  @Test
  void aVerificationNeedsTheProjectItVerifiesButNoProvider() {
    FundingApplication a =
        new FundingApplication(
            "APP-3",
            "12345678",
            "TEXTILES",
            Scheme.VERIFICATION,
            Initiative.VERIFICATION,
            new ApplicationDraft(
                null,
                "Verify boiler",
                "",
                null,
                List.of(new ApplicationDraft.Line("Verification", new BigDecimal("12000"))),
                null,
                "",
                null,
                ""),
            "u",
            DAY);
    assertThat(a.missingForSubmission(false, Initiative.VERIFICATION))
        .containsExactly("verifiesReference");
  }

  @Test
  void approvalCannotExceedTheRulesShare() {
    FundingApplication a = readyDemo("500000", "160000.00");
    assertThatThrownBy(
            () -> a.approve(new BigDecimal("160000.01"), DAY, DAY.plusMonths(12), "c", ""))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("approvedAmount");
    a.approve(null, DAY, DAY.plusMonths(12), "c", "Install by year end");
    assertThat(a.approvedAmountHkd()).isEqualByComparingTo("160000.00");
    assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void illegalMovesAreRefusedAsConflicts() {
    FundingApplication a =
        new FundingApplication(
            "APP-4",
            "12345678",
            "TEXTILES",
            Scheme.DEMONSTRATION_PROJECT,
            Initiative.DEMONSTRATION,
            demo("1000"),
            "u",
            DAY);
    assertThatThrownBy(() -> a.approve(null, DAY, DAY, "c", "")).isInstanceOf(StateConflict.class);
    assertThatThrownBy(() -> a.start(DAY, "o")).isInstanceOf(StateConflict.class);
    assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void completingBelowTheApprovedAmountReleasesTheDifference() {
    FundingApplication a = readyDemo("300000", "150000.00");
    a.approve(null, DAY, DAY.plusMonths(12), "c", "");
    a.start(DAY, "o");
    BigDecimal release =
        a.complete(new BigDecimal("250000"), new BigDecimal("125000.00"), DAY, "o");
    assertThat(release).isEqualByComparingTo("25000.00");
    assertThat(a.approvedAmountHkd()).isEqualByComparingTo("125000.00");
  }

  @Test
  void withdrawingAnApprovedGrantReleasesItAndADraftReleasesNothing() {
    FundingApplication approved = readyDemo("100000", "50000.00");
    approved.approve(null, DAY, DAY.plusMonths(12), "c", "");
    assertThat(approved.withdraw(DAY, "u", "closing down")).isEqualByComparingTo("50000.00");
    FundingApplication draft =
        new FundingApplication(
            "APP-5",
            "12345678",
            "TEXTILES",
            Scheme.DEMONSTRATION_PROJECT,
            Initiative.DEMONSTRATION,
            demo("1000"),
            "u",
            DAY);
    assertThat(draft.withdraw(DAY, "u", "changed mind")).isZero();
  }

  @Test
  void returningRejectingAndDeferringNeedANote() {
    FundingApplication a = readyDemo("1000", "500.00");
    assertThatThrownBy(() -> a.reject(DAY, "c", " ")).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> a.defer(DAY, "c", null)).isInstanceOf(RuleViolation.class);
    a.defer(DAY, "c", "Need a second quotation");
    assertThat(a.status()).isEqualTo(ApplicationStatus.DEFERRED);
  }

  @Test
  void everyMoveIsInTheTimeline() {
    FundingApplication a = readyDemo("1000", "500.00");
    assertThat(a.timeline())
        .extracting(TimelineEntry::to)
        .containsExactly(
            ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.SCREENING,
            ApplicationStatus.READY_FOR_COMMITTEE);
  }

  @Test
  void overdueWhenApprovedWorkPassesItsDueDate() {
    FundingApplication a = readyDemo("30000", "15000.00");
    a.approve(null, DAY, DAY.plusMonths(3), "c", "");
    assertThat(a.isOverdue(DAY.plusMonths(3))).isFalse();
    assertThat(a.isOverdue(DAY.plusMonths(3).plusDays(1))).isTrue();
  }

  @Test
  void theServiceLevelClockRestartsOnlyWhenTheApplicationEntersAnotherStage() {
    FundingApplication a =
        new FundingApplication(
            "APP-1",
            "12345678",
            "TEXTILES",
            Scheme.DEMONSTRATION_PROJECT,
            Initiative.DEMONSTRATION,
            demo("30000"),
            "u",
            DAY);
    assertThat(a.slaStage()).isNull();
    a.submit(new BigDecimal("15000.00"), "Launch phase", DAY, "u");
    a.startScreening(DAY.plusDays(3), "o", "");
    assertThat(a.slaStage()).isEqualTo(ServiceStage.SCREENING);
    assertThat(a.slaSince()).as("screening counts from submission").isEqualTo(DAY);
    a.passScreening(DAY.plusDays(10), "o", "ok");
    assertThat(a.slaStage()).isEqualTo(ServiceStage.COMMITTEE);
    assertThat(a.slaSince()).isEqualTo(DAY.plusDays(10));
    a.approve(null, DAY.plusDays(40), DAY.plusMonths(6), "c", "");
    assertThat(a.slaStage()).isNull();
    assertThat(a.slaSince()).isNull();
  }
}
