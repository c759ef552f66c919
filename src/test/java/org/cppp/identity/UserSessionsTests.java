package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions live in the database, and an administrator's change to an account ends them all. */
@IntegrationTest
class UserSessionsTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void aSignedInSessionIsKeptInTheDatabase() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    Cookie session = SignIns.session(mvc, officer, TestAccounts.PASSWORD);
    mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());
    assertThat(sessionsOf(officer)).isEqualTo(1);
  }

  @Test
  void disablingAUserEndsAllTheirSessionsAndTheApiRefusesThem() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String officer = accounts.create(Role.OFFICER);
    Cookie first = SignIns.session(mvc, officer, TestAccounts.PASSWORD);
    Cookie second = SignIns.session(mvc, officer, TestAccounts.PASSWORD);

    change(admin, officer, "{\"roles\":[\"OFFICER\"],\"enabled\":false}");

    assertSignedOut(first);
    assertSignedOut(second);
    assertThat(sessionsOf(officer)).isZero();
    mvc.perform(get("/api/users").with(accounts.api(officer))).andExpect(status().isUnauthorized());
    assertThat(SystemActor.call(() -> audit.of("user", officer)).get(0).changes())
        .containsEntry("sessionsEnded", 2);
  }

  @Test
  void changingAUsersRolesEndsTheirSessions() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String target = accounts.create(Role.ADMIN);
    Cookie session = SignIns.session(mvc, target, TestAccounts.PASSWORD);
    mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());

    change(admin, target, "{\"roles\":[\"QA\"],\"enabled\":true}");

    assertSignedOut(session);
    Cookie again = SignIns.session(mvc, target, TestAccounts.PASSWORD);
    mvc.perform(get("/admin/users").cookie(again)).andExpect(status().isForbidden());
  }

  @Test
  void changingOnlyAUsersNameKeepsTheirSessions() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String officer = accounts.create(Role.OFFICER);
    Cookie session = SignIns.session(mvc, officer, TestAccounts.PASSWORD);

    change(
        admin, officer, "{\"displayName\":\"New Name\",\"roles\":[\"OFFICER\"],\"enabled\":true}");

    mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());
  }

  @Test
  void resettingAPasswordEndsTheUsersSessions() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String officer = accounts.create(Role.OFFICER);
    Cookie session = SignIns.session(mvc, officer, TestAccounts.PASSWORD);

    mvc.perform(
            post("/admin/users/" + officer + "/password")
                .param("password", "a-brand-new-passphrase")
                .with(accounts.page(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertSignedOut(session);
    mvc.perform(get("/api/users").with(accounts.api(officer))).andExpect(status().isUnauthorized());
    SignIns.session(mvc, officer, "a-brand-new-passphrase");
  }

  @Test
  void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    Cookie session = SignIns.session(mvc, officer, TestAccounts.PASSWORD);
    mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());

    jdbc.sql(
            "update spring_session set creation_time = creation_time - :twelveHours"
                + " where principal_name = :user")
        .param("twelveHours", 12L * 3600 * 1000)
        .param("user", officer)
        .update();

    assertSignedOut(session);
  }

  private void change(String admin, String user, String json) throws Exception {
    mvc.perform(
            put("/api/users/" + user)
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isOk());
  }

  private void assertSignedOut(Cookie session) throws Exception {
    mvc.perform(get("/dashboard").cookie(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  private long sessionsOf(String username) {
    return jdbc.sql("select count(*) from spring_session where principal_name = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
