package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cppp.application.HistoricalApplications;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Verification with the modules it depends on (application and what it needs) and none of those
 * that depend on it: QA alone signs a submitted case; the signature goes out as {@link
 * VerificationSigned} and reaches the provider's staff and the factory's applicant by mail, each in
 * their own language, with the link to the report.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@DirtiesContext
@Import({TestAccounts.class, Fixtures.class, CapturingMailer.class})
class VerificationModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;
  @Autowired VerificationCases cases;
  @Autowired CapturingMailer mail;
  @Autowired Clock clock;

  @Test
  void onlyQaSignsAndTheSignatureIsPublishedAndMailedToProviderAndFactory(Scenario scenario) {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String provider = accounts.withEmail(Role.PROVIDER, null, p.providerCode());
    String applicant = accounts.withEmailIn(Role.APPLICANT, p.factoryBr(), Language.ZH_CN);
    long id =
        accounts.as(
            provider,
            () -> {
              long opened =
                  cases
                      .open(
                          new NewCase(
                              p.reference(),
                              IpmvpOption.B,
                              "Air compressor room, main meter M2",
                              Region.GUANGDONG,
                              List.of("production_t"),
                              new Period(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 4, 30)),
                              new Period(LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 30)),
                              null,
                              null))
                      .id();
              cases.replaceReadings(opened, new StringReader(VerificationFixtures.HAND_CSV), ',');
              return cases.submit(opened).id();
            });
    String officer = accounts.create(Role.OFFICER);
    assertThatThrownBy(() -> accounts.as(officer, () -> cases.sign(id)))
        .isInstanceOf(AccessDeniedException.class);
    String qa = accounts.create(Role.QA);
    LocalDate today = LocalDate.now(clock);

    scenario
        .stimulate(() -> accounts.as(qa, () -> cases.sign(id)))
        .andWaitForEventOfType(VerificationSigned.class)
        .matching(event -> event.caseId() == id)
        .toArriveAndVerify(
            event -> {
              assertThat(event.application()).isEqualTo(p.reference());
              assertThat(event.factoryBr()).isEqualTo(p.factoryBr());
              assertThat(event.providerCode()).isEqualTo(p.providerCode());
              assertThat(event.signedOn()).isEqualTo(today);
            });

    CapturingMailer.Mail toProvider =
        mail.await(provider + "@example.com", "Verification of " + p.reference() + " signed");
    assertThat(toProvider.body())
        .contains("on " + today)
        .contains("/verifications/" + id + "/report.pdf");
    CapturingMailer.Mail toApplicant =
        mail.await(applicant + "@example.com", p.reference() + " 的核实已签署");
    assertThat(toApplicant.body()).contains("/verifications/" + id + "/report.pdf");
    assertThat(accounts.as(qa, () -> cases.get(id)).status()).isEqualTo(CaseStatus.SIGNED);
  }
}
