package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.identity.Role;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void anonymousVisitorIsSentToTheLoginPage() throws Exception {
    mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/admin/users"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void publicPagesOpenWithoutLogin() throws Exception {
    mvc.perform(get("/")).andExpect(status().isOk());
    mvc.perform(get("/login")).andExpect(status().isOk());
  }

  @Test
  void pathsNoModulePermitsAreDeniedEvenToAdministrators() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(get("/no-such-page").with(accounts.page(admin))).andExpect(status().isForbidden());
    mvc.perform(get("/api/no-such-thing").with(accounts.api(admin)))
        .andExpect(status().isForbidden());
  }

  @Test
  void apiWithoutCredentialsAnswersUnauthorizedAsProblemDetail() throws Exception {
    mvc.perform(get("/api/users"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void formsRequireTheCsrfToken() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/admin/users/new")
                .with(accounts.page(admin))
                .param("username", "csrf-victim")
                .param("password", "long-enough-password")
                .param("roles", "OFFICER"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/users/new")
                .with(accounts.page(admin))
                .with(csrf())
                .param("username", "csrf-checked")
                .param("password", "long-enough-password")
                .param("roles", "OFFICER"))
        .andExpect(redirectedUrl("/admin/users/csrf-checked"));
  }

  @Test
  void pagesSendSecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
        .andExpect(header().exists("Referrer-Policy"));
  }

  @Test
  void signInWithTheFormLeadsToTheDashboard() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(formLogin("/login").user(officer).password(TestAccounts.PASSWORD))
        .andExpect(redirectedUrl("/dashboard"));
  }

  @Test
  void aFailedSignInAsksAgainWithTheUsernameStillFilledIn() throws Exception {
    var failed =
        mvc.perform(
                post("/login")
                    .param("username", "someone-typed-this")
                    .param("password", "wrong-password-1")
                    .with(csrf()))
            .andExpect(redirectedUrl("/login?error"))
            .andReturn()
            .getResponse();
    mvc.perform(get("/login").param("error", "").cookie(failed.getCookie("SESSION")))
        .andExpect(content().string(containsString("value=\"someone-typed-this\"")))
        .andExpect(content().string(containsString("The username or password is not correct")));
  }

  @Test
  void onlyAdministratorsReachUserAdministration() throws Exception {
    for (Role role : Role.values()) {
      if (role.needsFactory() || role.needsProvider()) {
        continue;
      }
      String user = accounts.create(role);
      var expected = role == Role.ADMIN ? status().isOk() : status().isForbidden();
      mvc.perform(get("/admin/users").with(accounts.page(user))).andExpect(expected);
      mvc.perform(get("/api/users").with(accounts.api(user))).andExpect(expected);
    }
    assertThat(Role.values()).hasSize(7);
  }

  @Test
  void everySignedInRoleHasADashboard() throws Exception {
    for (Role role : new Role[] {Role.OFFICER, Role.QA, Role.COMMITTEE, Role.EPD, Role.ADMIN}) {
      mvc.perform(get("/dashboard").with(accounts.page(accounts.create(role))))
          .andExpect(status().isOk());
    }
  }
}
