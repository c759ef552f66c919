package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The identity module alone (with the shared platform and audit): an administrator's changes to an
 * account are audited under their name and refused to anyone else, and the language a user chooses
 * is the one the other modules write their mails in.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@DirtiesContext
@Import(TestAccounts.class)
class IdentityModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired Users users;
  @Autowired RoleHolders holders;
  @Autowired AuditTrail audit;

  @Test
  void anAdministratorResetsAPasswordUnderTheirNameAndAnOfficerMayNot() {
    String admin = accounts.create(Role.ADMIN);
    String officer = accounts.create(Role.OFFICER);
    String target = accounts.create(Role.QA);

    assertThatThrownBy(
            () ->
                accounts.as(
                    officer,
                    () -> {
                      users.resetPassword(target, "officer-chose-this-1");
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    accounts.as(
        admin,
        () -> {
          users.resetPassword(target, "admin-chose-this-1");
          return null;
        });

    AuditEntry reset = SystemActor.call(() -> audit.of("user", target)).get(0);
    assertThat(reset.action()).isEqualTo("PASSWORD_RESET");
    assertThat(reset.actor()).isEqualTo(admin);
    assertThat(SystemActor.call(() -> audit.of("user", target)))
        .extracting(AuditEntry::action)
        .containsExactly("PASSWORD_RESET", "CREATED");
  }

  @Test
  void theLanguageAUserChoosesIsTheOneTheirMailsAreWrittenIn() {
    String officer = accounts.withEmail(Role.OFFICER, null, null);
    String email = officer + "@example.com";
    assertThat(holders.languageOf(email)).isEqualTo(Language.EN.locale());

    accounts.as(
        officer,
        () -> {
          users.changeOwnLanguage(Language.ZH_HK);
          return null;
        });

    assertThat(holders.languageOf(email)).isEqualTo(Language.ZH_HK.locale());
    assertThat(holders.emailsOf(Role.OFFICER, null)).contains(email);
    assertThat(SystemActor.call(() -> audit.of("user", officer)).get(0).action())
        .isEqualTo("LANGUAGE_CHANGED");
    assertThat(accounts.as(officer, users::ownLanguage)).isEqualTo(Language.ZH_HK);
  }
}
