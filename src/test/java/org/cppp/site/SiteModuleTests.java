package org.cppp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.Factories;
import org.cppp.factory.Sector;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The public website with the modules it depends on directly: an account request for a new factory,
 * sent from the Chinese page, registers the factory and opens its applicant's account when an
 * officer approves it, audited, and the requester is told by mail in Chinese.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@DirtiesContext
@Import({TestAccounts.class, CapturingMailer.class})
class SiteModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired AccountRequests requests;
  @Autowired Factories factories;
  @Autowired Users users;
  @Autowired AuditTrail audit;
  @Autowired CapturingMailer mail;

  @Test
  void anApprovedRequestRegistersTheFactoryOpensTheAccountAndTellsTheRequesterInTheirLanguage() {
    String br = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    String username = "req" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String email = username + "@example.com";
    long id =
        requests
            .submit(
                new NewAccountRequest(
                    br,
                    "Pearl Metal Works " + br,
                    "珠江五金廠",
                    true,
                    "DONGGUAN",
                    Sector.METAL_AND_METAL_PRODUCTS,
                    "1 River Road, Dongguan",
                    "陳小姐",
                    "+852 2100 0000",
                    email,
                    username,
                    "a-long-password-1"),
                Locale.forLanguageTag("zh-HK"))
            .id();
    String officer = accounts.create(Role.OFFICER);

    accounts.as(officer, () -> requests.approve(id, "Checked with the BR register"));

    CapturingMailer.Mail told = mail.await(email, "清潔生產伙伴計劃帳戶已開設");
    assertThat(told.body()).contains("你的清潔生產伙伴計劃帳戶 " + username + " 已開設");
    assertThat(SystemActor.call(() -> factories.get(br)).nameEn())
        .isEqualTo("Pearl Metal Works " + br);
    var account = SystemActor.call(() -> users.get(username));
    assertThat(account.factory()).isEqualTo(br);
    assertThat(account.roles()).containsExactly(Role.APPLICANT);
    assertThat(account.language()).isEqualTo(Language.ZH_HK);
    AuditEntry approved =
        SystemActor.call(() -> audit.of(AccountRequests.AUDIT_TYPE, "" + id)).get(0);
    assertThat(approved.action()).isEqualTo("APPROVED");
    assertThat(approved.actor()).isEqualTo(officer);
  }
}
