package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The provider register alone (identity included only to sign the test's users in): a company that
 * applied to join, and confirmed by the link mailed to it, is told the officer's decision by mail
 * in the language it applied in.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "identity")
@DirtiesContext
@Import({TestAccounts.class, CapturingMailer.class})
class ProviderModuleTests {

  private static final Pattern LINK = Pattern.compile("/providers/apply/confirm/([A-Za-z0-9_-]+)");

  @Autowired TestAccounts accounts;
  @Autowired ProviderApplications applications;
  @Autowired Providers providers;
  @Autowired AuditTrail audit;
  @Autowired CapturingMailer mail;

  @Test
  void aCompanyRegisteredFromItsApplicationIsToldItsCodeInTheLanguageItAppliedIn() {
    String name = unique();
    long id = applyAndConfirm(name, Locale.forLanguageTag("zh-HK"));
    String officer = accounts.create(Role.OFFICER);
    String code = "J" + name.substring(0, 6).toUpperCase();

    accounts.as(officer, () -> applications.register(id, code));

    CapturingMailer.Mail told = mail.await(email(name), "貴公司已列入");
    assertThat(told.body()).contains("編號為 " + code).contains("Pearl Clean Tech " + name);
    assertThat(SystemActor.call(() -> providers.get(code)).name())
        .isEqualTo("Pearl Clean Tech " + name);
    var decided = SystemActor.call(() -> audit.of(ProviderApplications.AUDIT_TYPE, "" + id)).get(0);
    assertThat(decided.action()).isEqualTo("REGISTERED");
    assertThat(decided.actor()).isEqualTo(officer);
  }

  @Test
  void aRefusedCompanyIsMailedTheOfficersReason() {
    String name = unique();
    long id = applyAndConfirm(name, Locale.ENGLISH);
    String officer = accounts.create(Role.OFFICER);

    accounts.as(officer, () -> applications.refuse(id, "The certificate is not legible"));

    CapturingMailer.Mail told = mail.await(email(name), "not registered");
    assertThat(told.body())
        .contains("for this reason:\nThe certificate is not legible")
        .contains("Pearl Clean Tech " + name);
    assertThat(
            SystemActor.call(
                () ->
                    applications.list(
                        ProviderApplicationStatus.REFUSED,
                        org.springframework.data.domain.Pageable.unpaged())))
        .extracting(ProviderApplicationView::id)
        .contains(id);
  }

  /** Applies as the public does and follows the link mailed to the company; the application. */
  private long applyAndConfirm(String name, Locale locale) {
    long id =
        applications.submit(
            new NewProviderApplication(
                "Pearl Clean Tech " + name,
                null,
                ProviderBase.PRD,
                Set.of(Specialism.ENERGY_SAVING),
                "Ms Lam",
                "+86 20 1234 5678",
                email(name),
                "GD-CP-" + name,
                LocalDate.now().plusYears(1),
                "gdeic.pdf",
                "%PDF-1.7\n% GDEIC certificate\n".getBytes()),
            locale);
    Matcher link = LINK.matcher(mail.await(email(name), "").body());
    assertThat(link.find()).as("the confirmation link mailed").isTrue();
    applications.confirm(link.group(1));
    return id;
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static String email(String name) {
    return "apply-" + name + "@example.com";
  }
}
