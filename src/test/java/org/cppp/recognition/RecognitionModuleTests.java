package org.cppp.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.NotFoundException;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Recognition alone (identity included only to sign the test's users in): a cycle runs from
 * nominations through assessment to published results, each step audited under the officer's name,
 * and the public sees the recognised partners only once the results are published, and none of the
 * others.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "identity")
@DirtiesContext
@Import(TestAccounts.class)
class RecognitionModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired RecognitionCycles cycles;
  @Autowired RecognitionNominations nominations;
  @Autowired AuditTrail audit;

  @Test
  void theRecognisedAloneArePublishedOnceTheCycleIsAndEachStepIsAudited() {
    String officer = accounts.create(Role.OFFICER);
    int year = 2100 + ThreadLocalRandom.current().nextInt(0, 899);
    accounts.as(
        officer,
        () ->
            cycles.create(
                new NewCycle(
                    year,
                    "Partners " + year,
                    LocalDate.of(2008, 1, 1),
                    LocalDate.now().plusYears(1),
                    null,
                    null)));
    accounts.as(officer, () -> cycles.transition(year, CycleAction.OPEN));
    long good =
        accounts.as(officer, () -> nominations.nominate(year, nominee("Green Garment"))).id();
    long weak =
        accounts.as(officer, () -> nominations.nominate(year, nominee("Smoky Dyeing"))).id();
    accounts.as(officer, () -> cycles.transition(year, CycleAction.CLOSE));
    accounts.as(
        officer,
        () ->
            nominations.assess(
                year, good, new Assessment(88, "Private remark", Outcome.RECOGNISED, "PARTNER")));
    accounts.as(
        officer,
        () ->
            nominations.assess(
                year, weak, new Assessment(30, "Hidden remark", Outcome.NOT_RECOGNISED, null)));
    assertThatThrownBy(() -> cycles.publishedResults(year)).isInstanceOf(NotFoundException.class);

    accounts.as(officer, () -> cycles.transition(year, CycleAction.PUBLISH));

    PublishedResults results = cycles.publishedResults(year);
    assertThat(results.groups())
        .flatExtracting(PublishedResults.CategoryGroup::partners)
        .extracting(RecognisedPartner::nameEn, p -> p.grade().code())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Green Garment Ltd", "PARTNER"));
    List<AuditEntry> trail =
        SystemActor.call(() -> audit.of(RecognitionCycles.AUDIT_TYPE, Integer.toString(year)));
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsExactly("PUBLISH", "CLOSE", "OPEN", "CREATED");
    assertThat(trail).extracting(AuditEntry::actor).containsOnly(officer);
    assertThat(
            SystemActor.call(
                () -> audit.of(RecognitionNominations.AUDIT_TYPE, Long.toString(weak))))
        .extracting(AuditEntry::action)
        .contains("ASSESSED");
  }

  private static NewNomination nominee(String name) {
    return new NewNomination(
        name + " Ltd",
        "綠色製衣廠",
        "MANUFACTURING_ENTERPRISE",
        null,
        null,
        "Ms Contact",
        "contact@example.com",
        null,
        List.of(new EvidenceItem("COMPLETED_ASSESSMENTS", "3 on-site assessments", "A-1")));
  }
}
