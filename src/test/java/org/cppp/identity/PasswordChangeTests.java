package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A password is checked wherever it is set; every user changes their own. */
@IntegrationTest
class PasswordChangeTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AuditTrail audit;

  @Test
  void everySignedInRoleReachesThePasswordPage() throws Exception {
    for (Role role : Role.values()) {
      String user =
          switch (role) {
            case APPLICANT, PROVIDER -> null;
            default -> accounts.create(role);
          };
      if (user != null) {
        mvc.perform(get("/account/password").with(accounts.page(user)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("currentPassword")));
      }
    }
    mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void aUserChangesTheirPasswordStaysSignedInAndTheirOtherSessionsEnd() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    Cookie here = SignIns.session(mvc, officer, TestAccounts.PASSWORD);
    Cookie elsewhere = SignIns.session(mvc, officer, TestAccounts.PASSWORD);

    MockHttpServletResponse changed =
        mvc.perform(
                post("/account/password")
                    .cookie(here)
                    .with(csrf())
                    .param("currentPassword", TestAccounts.PASSWORD)
                    .param("newPassword", "quiet harbour lanterns")
                    .param("repeatPassword", "quiet harbour lanterns"))
            .andExpect(redirectedUrl("/account/password"))
            .andExpect(
                Shown.success(
                    "Your password was changed. You stay signed in here; your other sessions were signed out."))
            .andReturn()
            .getResponse();

    Cookie renewed = changed.getCookie(SignIns.COOKIE);
    assertThat(renewed.getValue()).isNotEqualTo(here.getValue());
    mvc.perform(get("/dashboard").cookie(renewed)).andExpect(status().isOk());
    mvc.perform(get("/dashboard").cookie(here)).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/dashboard").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
    SignIns.session(mvc, officer, "quiet harbour lanterns");
    assertThat(SystemActor.call(() -> audit.of("user", officer)).get(0).action())
        .isEqualTo("PASSWORD_CHANGED");
  }

  @Test
  void theCurrentPasswordIsRequiredAndAWeakNewOneIsRefused() throws Exception {
    String qa = accounts.create(Role.QA);
    change(qa, "not-my-password", "quiet harbour lanterns", "quiet harbour lanterns")
        .andExpect(
            model()
                .attributeHasFieldErrorCode(
                    "passwordForm", "currentPassword", "user.password.current.wrong"));
    change(qa, TestAccounts.PASSWORD, "password1234", "password1234")
        .andExpect(
            model()
                .attributeHasFieldErrorCode("passwordForm", "newPassword", "user.password.common"));
    change(qa, TestAccounts.PASSWORD, "short-one", "short-one")
        .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "Size"));
    change(qa, TestAccounts.PASSWORD, "quiet harbour lanterns", "quiet harbour lantern")
        .andExpect(
            model()
                .attributeHasFieldErrorCode(
                    "passwordForm", "repeatPassword", "user.password.repeat.mismatch"));
    SignIns.session(mvc, qa, TestAccounts.PASSWORD);
  }

  @Test
  void administratorsCannotSetACommonOrShortPassword() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    create(admin, "common-pw", "qwertyuiop12").andExpect(status().isBadRequest());
    create(admin, "short-pw", "Xk9#mQ2$vL7").andExpect(status().isBadRequest());
    String qa = accounts.create(Role.QA);
    mvc.perform(
            post("/admin/users/" + qa + "/password")
                .param("password", "password1234")
                .with(accounts.page(admin))
                .with(csrf()))
        .andExpect(
            Shown.failure(
                "The password is one of the most common passwords (perhaps with digits or symbols added): choose one that is harder to guess."));
    SignIns.session(mvc, qa, TestAccounts.PASSWORD);
  }

  private org.springframework.test.web.servlet.ResultActions create(
      String admin, String username, String password) throws Exception {
    return mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"QA\"]}"
                        .formatted(username, password)))
        .andExpect(jsonPath("$.errors[0].field").value("password"));
  }

  private org.springframework.test.web.servlet.ResultActions change(
      String user, String current, String next, String repeat) throws Exception {
    return mvc.perform(
            post("/account/password")
                .with(accounts.page(user))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("repeatPassword", repeat))
        .andExpect(status().isOk());
  }
}
