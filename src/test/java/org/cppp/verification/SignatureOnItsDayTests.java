package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Sector;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestClock;
import org.cppp.support.VerifiedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** QA records a signature given on paper on its day: only QA, never before the reporting ends. */
@IntegrationTest
class SignatureOnItsDayTests {

  @Autowired ApplicationContext context;
  @Autowired VerificationCases cases;
  @Autowired LegacyResults results;
  @Autowired AuditTrail audit;
  @Autowired TestClock clock;

  long submittedCase() {
    String ref =
        new VerifiedProjects(context)
            .completedProject(
                Sector.PAPER_AND_PAPER_PRODUCTS, TechnologyCategory.ENERGY_SAVING, "1000");
    return SystemActor.call(
        () -> {
          long id =
              cases
                  .open(
                      new NewCase(
                          ref,
                          IpmvpOption.A,
                          "Boiler house",
                          null,
                          List.of("production_t"),
                          VerifiedProjects.LPG_BASELINE,
                          VerifiedProjects.LPG_REPORTING,
                          null,
                          null))
                  .id();
          cases.replaceReadings(id, new StringReader(VerifiedProjects.LPG_CSV), ',');
          cases.submit(id);
          return id;
        });
  }

  @Test
  void refusesADayBeforeTheReportingPeriodEndsOrInTheFutureAndAnyoneButQa() {
    long id = submittedCase();
    assertThatThrownBy(
            () -> VerifiedProjects.asQa(() -> results.signedOn(id, LocalDate.of(2009, 4, 29))))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("signedOn"));
    assertThatThrownBy(
            () -> VerifiedProjects.asQa(() -> results.signedOn(id, clock.today().plusDays(2))))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> SystemActor.call(() -> results.signedOn(id, LocalDate.of(2009, 5, 2))))
        .isInstanceOf(AccessDeniedException.class);

    SnapshotView signed =
        VerifiedProjects.asQa(() -> results.signedOn(id, LocalDate.of(2009, 4, 30)));
    assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2009, 4, 30));
    assertThat(signed.computedOn()).isEqualTo(LocalDate.of(2009, 4, 30));
    assertThat(SystemActor.call(() -> cases.get(id)).status()).isEqualTo(CaseStatus.SIGNED);
    assertThat(audit.of("verification", String.valueOf(id)))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("SIGNED_FROM_HISTORY");
              assertThat(e.changes()).containsEntry("signedOn", "2009-04-30");
            });
  }
}
