package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PreferredLanguageTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Users users;
  @Autowired org.cppp.identity.RoleHolders roleHolders;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void aNewUserWritesInEnglishUntilTheyChooseOnTheirAccountPage() throws Exception {
    String user = accounts.withEmail(Role.QA, null, null);
    assertThat(roleHolders.languageOf(user)).isEqualTo(Locale.ENGLISH);
    mvc.perform(get("/account/password").with(accounts.page(user)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("简体中文")));
    mvc.perform(
            post("/account/language")
                .with(accounts.page(user))
                .with(csrf())
                .param("language", "ZH_CN"))
        .andExpect(redirectedUrl("/account/password"));
    assertThat(roleHolders.languageOf(user + "@example.com"))
        .isEqualTo(Locale.forLanguageTag("zh-CN"));
    assertThat(SystemActor.call(() -> users.get(user)).language()).isEqualTo(Language.ZH_CN);
  }

  @Test
  void anUnknownLanguageIsRefusedAndNothingChanges() throws Exception {
    String user = accounts.create(Role.QA);
    mvc.perform(
            post("/account/language")
                .with(accounts.page(user))
                .with(csrf())
                .param("language", "FR"))
        .andExpect(status().is4xxClientError());
    assertThat(SystemActor.call(() -> users.get(user)).language()).isEqualTo(Language.EN);
  }

  @Test
  void anAdministratorSetsAUsersLanguageOnTheUserForm() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String user = accounts.create(Role.QA);
    mvc.perform(get("/admin/users/" + user).with(accounts.page(admin)))
        .andExpect(content().string(Matchers.containsString("name=\"language\"")));
    mvc.perform(
            post("/admin/users/" + user)
                .with(accounts.page(admin))
                .with(csrf())
                .param("roles", "QA")
                .param("enabled", "true")
                .param("language", "ZH_HK"))
        .andExpect(redirectedUrl("/admin/users/" + user));
    assertThat(SystemActor.call(() -> users.get(user)).language()).isEqualTo(Language.ZH_HK);
  }

  @Test
  void anAddressNoUserHasIsWrittenToInEnglish() {
    assertThat(roleHolders.languageOf("nobody-at-all@example.com")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theLanguagesOfManyRecipientsAreEachTheOneTheSingleLookUpGives() {
    String chinese = accounts.withEmail(Role.QA, null, null);
    String english = accounts.withEmail(Role.QA, null, null);
    jdbc.update("update users set language = 'zh-HK' where username = ?", chinese);
    java.util.List<String> keys =
        java.util.List.of(
            chinese + "@EXAMPLE.com", english + "@example.com", chinese, "nobody@example.com");

    java.util.Map<String, Locale> languages = roleHolders.languagesOf(keys);

    assertThat(languages.keySet()).containsExactlyElementsOf(keys);
    assertThat(languages.get(chinese + "@EXAMPLE.com")).isEqualTo(Locale.forLanguageTag("zh-HK"));
    assertThat(languages.get(chinese)).isEqualTo(Locale.forLanguageTag("zh-HK"));
    assertThat(languages.get(english + "@example.com")).isEqualTo(Locale.ENGLISH);
    assertThat(languages.get("nobody@example.com")).isEqualTo(Locale.ENGLISH);
    keys.forEach(k -> assertThat(languages.get(k)).isEqualTo(roleHolders.languageOf(k)));
  }
}
