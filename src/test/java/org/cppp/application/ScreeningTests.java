package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cppp.application.ScreeningReport.Check;
import org.cppp.application.ScreeningReport.Finding;
import org.cppp.factory.BusinessDetails;
import org.cppp.factory.Businesses;
import org.cppp.factory.FactoryFixtures;
import org.cppp.factory.LinkKind;
import org.cppp.factory.LinkRequest;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ScreeningTests {

  @Autowired FundingApplications applications;
  @Autowired HistoricalApplications history;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;
  @Autowired Businesses businesses;

  String submittedAssessment(String br) {
    String provider = fixtures.registeredProvider();
    return SystemActor.call(
        () -> {
          var a =
              applications.create(
                  br,
                  Scheme.ON_SITE_ASSESSMENT,
                  new ApplicationDraft(
                      provider,
                      "Energy audit",
                      "",
                      "Q-7",
                      List.of(new ApplicationDraft.Line("Assessment", new BigDecimal("30000.00"))),
                      null,
                      "",
                      null,
                      ""));
          applications.submit(a.reference());
          return a.reference();
        });
  }

  /** Records an on-site assessment of the factory approved (and completed) on {@code decidedOn}. */
  static void approvedAssessment(HistoricalApplications history, String br, LocalDate decidedOn) {
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    "S-" + UUID.randomUUID().toString().substring(0, 8),
                    Scheme.ON_SITE_ASSESSMENT,
                    br,
                    null,
                    new BigDecimal("30000.00"),
                    decidedOn.minusMonths(1),
                    ApplicationStatus.COMPLETED,
                    decidedOn,
                    null,
                    "Earlier assessment")));
  }

  Finding finding(String ref, Check check) {
    return SystemActor.call(() -> applications.screening(ref)).findings().stream()
        .filter(f -> f.check() == check)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAssessmentApprovedWithinFiveYearsIsFlagged() {
    String br = fixtures.eligibleFactory();
    approvedAssessment(history, br, clock.today().minusYears(4).minusMonths(11));
    String ref = submittedAssessment(br);
    Finding repeat = finding(ref, Check.REPEAT_ASSESSMENT);
    assertThat(repeat.passed()).isFalse();
    assertThat(repeat.arguments()).contains("5");
  }

  @Test
  void anAssessmentCompletedMoreThanFiveYearsAgoIsNotFlaggedAsTooSoon() {
    String br = fixtures.eligibleFactory();
    approvedAssessment(history, br, clock.today().minusYears(5).minusMonths(4));
    Finding repeat = finding(submittedAssessment(br), Check.REPEAT_ASSESSMENT);
    assertThat(repeat.messageKey()).isNotEqualTo("screening.repeat.found");
  }

  @Test
  void aFactoryWithoutAnEarlierAssessmentPasses() {
    Finding repeat =
        finding(submittedAssessment(fixtures.eligibleFactory()), Check.REPEAT_ASSESSMENT);
    assertThat(repeat.passed()).isTrue();
    assertThat(repeat.messageKey()).isEqualTo("screening.repeat.first");
  }

  @Test
  void aSecondOpenApplicationForTheSameSchemeIsFlagged() {
    String br = fixtures.eligibleFactory();
    String first = submittedAssessment(br);
    assertThat(finding(first, Check.OPEN_DUPLICATE).passed()).isTrue();
    String second = submittedAssessment(br);
    assertThat(finding(second, Check.OPEN_DUPLICATE).passed()).isFalse();
  }

  @Test
  void aCompleteApplicationOfAnEligibleFactoryWithARegisteredProviderPasses() {
    String br = fixtures.eligibleFactory();
    String ref = submittedAssessment(br);
    assertThat(finding(ref, Check.ELIGIBILITY).passed()).isTrue();
    assertThat(finding(ref, Check.PROVIDER).passed()).isTrue();
    assertThat(finding(ref, Check.COMPLETENESS).passed()).isTrue();
  }

  @Test
  void aFactoryOfAWorkshopFailsEligibilityForASchemeOnlyForHongKongBusinesses() {
    String br = fixtures.eligibleFactory();
    String workshop = FactoryFixtures.newBr();
    SystemActor.run(
        () -> {
          businesses.register(
              new BusinessDetails(
                  workshop,
                  "Plating Workshop",
                  null,
                  ApplicantKind.HK_WORKSHOP,
                  null,
                  "Electroplating",
                  null));
          businesses.link(workshop, br, new LinkRequest(LinkKind.WFOE, null, List.of()));
        });
    String ref = submittedAssessment(br);
    Finding eligibility = finding(ref, Check.ELIGIBILITY);
    assertThat(eligibility.passed()).isFalse();
    assertThat(eligibility.messageKey()).isEqualTo("screening.applicant.not-allowed");
    assertThat(eligibility.arguments()).containsExactly("HK_WORKSHOP");
  }

  @Test
  void aVerificationMustVerifyACompletedDemonstrationProjectOfTheSameFactory() {
    String br = fixtures.eligibleFactory();
    String demo = "D-" + UUID.randomUUID().toString().substring(0, 8);
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    demo,
                    Scheme.DEMONSTRATION_PROJECT,
                    br,
                    null,
                    new BigDecimal("300000.00"),
                    LocalDate.of(2010, 1, 4),
                    ApplicationStatus.COMPLETED,
                    LocalDate.of(2010, 3, 1),
                    TechnologyCategory.ENERGY_SAVING,
                    "Heat recovery")));
    String ok =
        SystemActor.call(
            () ->
                applications
                    .create(
                        br,
                        Scheme.VERIFICATION,
                        new ApplicationDraft(
                            null,
                            "Verify",
                            "",
                            null,
                            List.of(
                                new ApplicationDraft.Line(
                                    "Verification", new BigDecimal("12000.00"))),
                            null,
                            "",
                            demo,
                            ""))
                    .reference());
    assertThat(finding(ok, Check.VERIFIED_PROJECT).passed()).isTrue();
    String other = fixtures.eligibleFactory();
    String wrong =
        SystemActor.call(
            () ->
                applications
                    .create(
                        other,
                        Scheme.VERIFICATION,
                        new ApplicationDraft(
                            null,
                            "Verify",
                            "",
                            null,
                            List.of(
                                new ApplicationDraft.Line(
                                    "Verification", new BigDecimal("12000.00"))),
                            null,
                            "",
                            demo,
                            ""))
                    .reference());
    assertThat(finding(wrong, Check.VERIFIED_PROJECT).passed()).isFalse();
  }
}
