package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class HistoricalApplicationsTests {

  @Autowired HistoricalApplications history;
  @Autowired FundingApplications applications;
  @Autowired Budget budget;
  @Autowired Fixtures fixtures;

  static String ref() {
    return "H-" + UUID.randomUUID().toString().substring(0, 8);
  }

  HistoricalApplication approved(String ref, String br, ApplicationStatus status) {
    return new HistoricalApplication(
        ref,
        Scheme.DEMONSTRATION_PROJECT,
        br,
        null,
        new BigDecimal("400000.00"),
        LocalDate.of(2010, 5, 3),
        status,
        LocalDate.of(2010, 7, 15),
        TechnologyCategory.VOC_REDUCTION,
        "Solvent recovery");
  }

  @Test
  void anApprovedLegacyApplicationCommitsItsShareOnItsDecisionDateOnce() {
    String br = fixtures.eligibleFactory();
    String ref = ref();
    assertThat(
            SystemActor.call(() -> history.record(approved(ref, br, ApplicationStatus.APPROVED))))
        .isTrue();
    assertThat(
            SystemActor.call(() -> history.record(approved(ref, br, ApplicationStatus.APPROVED))))
        .isFalse();
    var entries = SystemActor.call(() -> budget.entriesFor(ref));
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.COMMIT);
              assertThat(e.amountHkd()).isEqualByComparingTo("160000.00");
              assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2010, 7, 15));
            });
    ApplicationView view = SystemActor.call(() -> applications.get(ref));
    assertThat(view.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(view.decidedOn()).isEqualTo(LocalDate.of(2010, 7, 15));
    assertThat(view.factorySector()).isEqualTo("METAL_AND_METAL_PRODUCTS");
  }

  @Test
  void aLaterWithdrawalKeepsTheDecisionDateAndReleasesTheMoneyToday() {
    String br = fixtures.eligibleFactory();
    String ref = ref();
    SystemActor.run(() -> history.record(approved(ref, br, ApplicationStatus.WITHDRAWN)));
    var entries = SystemActor.call(() -> budget.entriesFor(ref));
    assertThat(entries)
        .extracting(e -> e.kind())
        .containsExactly(EntryKind.COMMIT, EntryKind.RELEASE);
    var timeline = SystemActor.call(() -> applications.timeline(ref));
    assertThat(timeline)
        .extracting(TimelineEntry::to)
        .contains(ApplicationStatus.APPROVED, ApplicationStatus.WITHDRAWN);
    assertThat(
            timeline.stream()
                .filter(t -> t.to() == ApplicationStatus.APPROVED)
                .findFirst()
                .orElseThrow()
                .effectiveOn())
        .isEqualTo(LocalDate.of(2010, 7, 15));
  }

  @Test
  void aDecisionDateIsRequiredForDecidedApplications() {
    String br = fixtures.eligibleFactory();
    var missing =
        new HistoricalApplication(
            ref(),
            Scheme.VERIFICATION,
            br,
            null,
            new BigDecimal("12000.00"),
            LocalDate.of(2011, 1, 1),
            ApplicationStatus.APPROVED,
            null,
            null,
            null);
    assertThatThrownBy(() -> SystemActor.run(() -> history.record(missing)))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("decidedOn");
  }
}
