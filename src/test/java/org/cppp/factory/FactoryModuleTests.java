package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The factory register with identity, the one module it depends on: two factories registered under
 * one name in two legal forms are flagged as alike, and merging them moves the applicant's account
 * to the survivor, audited on both.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext
@Import(TestAccounts.class)
class FactoryModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired Factories factories;
  @Autowired DuplicateReview review;
  @Autowired Users users;
  @Autowired AuditTrail audit;

  @Test
  void mergingAFlaggedDuplicateMovesItsApplicantsToTheSurvivorAndIsAuditedOnBoth() {
    String word = "Zq" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    String merged = register(word + " Metal Works Ltd");
    String survivor = register(word + " Metal Works Limited");
    assertThat(SystemActor.call(() -> factories.possibleDuplicates(merged)))
        .extracting(d -> d.other().brNumber())
        .containsExactly(survivor);
    String applicant = accounts.applicantOf(merged);
    String officer = accounts.create(Role.OFFICER);

    DuplicateMerge merge =
        accounts.as(officer, () -> review.merge(merged, survivor, "One factory, two filings"));

    assertThat(merge.accounts()).containsExactly(applicant);
    assertThat(SystemActor.call(() -> users.get(applicant)).factory()).isEqualTo(survivor);
    for (String br : new String[] {merged, survivor}) {
      AuditEntry entry = SystemActor.call(() -> audit.of(Factories.AUDIT_TYPE, br)).get(0);
      assertThat(entry.action()).isEqualTo("MERGED");
      assertThat(entry.actor()).isEqualTo(officer);
      assertThat(entry.changes())
          .containsEntry("survivor", survivor)
          .containsEntry("reason", "One factory, two filings");
    }
    assertThat(SystemActor.call(() -> factories.possibleDuplicates(survivor))).isEmpty();
  }

  @Test
  void aBulkImportReadsEveryFactorysSectorAtOnceOnlyWhileTheRegisterFitsItsLimit() {
    String br = register("Zq" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
    long registered = SystemActor.call(() -> factories.sectors(Integer.MAX_VALUE - 1)).get().size();

    var sectors = SystemActor.call(() -> factories.sectors((int) registered)).orElseThrow();

    assertThat(sectors).hasSize((int) registered);
    assertThat(sectors.get(br)).isEqualTo(SystemActor.call(() -> factories.summary(br)).sector());
    assertThat(SystemActor.call(() -> factories.sectors((int) registered - 1))).isEmpty();
  }

  private String register(String name) {
    String br = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    SystemActor.run(() -> factories.register(DuplicateReviewTests.details(br, name)));
    return br;
  }
}
