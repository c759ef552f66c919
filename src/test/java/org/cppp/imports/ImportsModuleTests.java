package org.cppp.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The legacy import with the modules it writes into: a file of factories is saved through the
 * factory register once, however often it is sent; a file with a bad row saves nothing and names
 * the row and column; each run is audited under the officer's name.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@DirtiesContext
@Import(TestAccounts.class)
class ImportsModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired Imports imports;
  @Autowired Factories factories;
  @Autowired AuditTrail audit;

  @Test
  void factoriesAreImportedOnceAndABadFileSavesNothingEachRunAudited() {
    String officer = accounts.create(Role.OFFICER);
    String a = br();
    String b = br();
    String csv =
        "sector,br_number,name_en,name_zh,hk_owned,city\n"
            + ("TEXTILES," + a + ",Alpha Dyeing,甲染廠,true,DONGGUAN\n")
            + ("FURNITURE," + b + ",\"Beta Furniture, Ltd\",,false,SHENZHEN\n");

    assertThat(run(officer, csv).imported()).isEqualTo(2);
    assertThat(run(officer, csv).imported()).isZero();
    assertThat(SystemActor.call(() -> factories.get(b)).nameEn()).isEqualTo("Beta Furniture, Ltd");

    String c = br();
    ImportResult refused =
        run(
            officer,
            "br_number,name_en,hk_owned,city,sector\n"
                + (c + ",Fine,true,DONGGUAN,TEXTILES\n")
                + (br() + ",Odd,maybe,DONGGUAN,TEXTILES\n"));
    assertThat(refused.imported()).isZero();
    assertThat(refused.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.row()).isEqualTo(2);
              assertThat(error.column()).isEqualTo("hk_owned");
            });
    assertThat(SystemActor.call(() -> factories.exists(c))).isFalse();
    assertThat(SystemActor.call(() -> audit.recent(ImportRunner.AUDIT_TYPE, 3)))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("REJECTED", officer),
            org.assertj.core.groups.Tuple.tuple("IMPORTED", officer),
            org.assertj.core.groups.Tuple.tuple("IMPORTED", officer));
  }

  private ImportResult run(String officer, String csv) {
    return accounts.as(
        officer,
        () ->
            imports.importCsv(
                "factories", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
  }

  private static String br() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }
}
