package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
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
 * Outreach alone (identity included only to sign the test's users in): an enquiry sent from the
 * public site in simplified Chinese is answered by an officer, audited under their name, and the
 * answer is mailed to the enquirer in that language with their question quoted.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "identity")
@DirtiesContext
@Import({TestAccounts.class, CapturingMailer.class})
class OutreachModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired Enquiries enquiries;
  @Autowired AuditTrail audit;
  @Autowired CapturingMailer mail;

  @Test
  void anAnsweredEnquiryIsMailedToTheEnquirerInTheLanguageTheyAskedIn() {
    String email = "enquirer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    long id =
        enquiries.submit(
            new PublicEnquiry("陈先生", "东莞五金厂", email, null, "资助", "示范项目可资助多少？"),
            Locale.SIMPLIFIED_CHINESE);
    String officer = accounts.create(Role.OFFICER);

    EnquiryView answered = accounts.as(officer, () -> enquiries.answer(id, "示范项目最多资助一半费用。"));

    assertThat(answered.status()).isEqualTo(EnquiryStatus.ANSWERED);
    CapturingMailer.Mail told = mail.await(email, "就您第 " + id + " 号查询的回复");
    assertThat(told.body())
        .contains("示范项目最多资助一半费用。")
        .contains("示范项目可资助多少？")
        .contains("/enquiry")
        .doesNotContain("Our answer");
    AuditEntry entry = SystemActor.call(() -> audit.of(Enquiries.AUDIT_TYPE, "" + id)).get(0);
    assertThat(entry.action()).isEqualTo("ANSWERED");
    assertThat(entry.actor()).isEqualTo(officer);
  }
}
