package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserAdministrationTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Users users;
  @Autowired AuditTrail audit;

  @Test
  void adminCreatesAUserThroughTheApi() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"username":"api-officer","password":"a-long-password","roles":["OFFICER","QA"],
                     "factory":null,"provider":null}
                    """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.username").value("api-officer"))
        .andExpect(jsonPath("$.roles.length()").value(2))
        .andExpect(jsonPath("$.password").doesNotExist());
    assertThat(SystemActor.call(() -> audit.of("user", "api-officer")))
        .extracting(e -> e.action())
        .containsExactly("CREATED");
  }

  @Test
  void badInputNamesTheFieldAndSavesNothing() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    long before = SystemActor.call(users::count);
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"Bad Name!\",\"password\":\"short\",\"roles\":[]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='username')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='password')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='roles')]").exists());
    assertThat(SystemActor.call(users::count)).isEqualTo(before);
  }

  @Test
  void anUnknownRoleIsABadRequestNamingTheField() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\"x-user\",\"password\":\"a-long-password\",\"roles\":[\"KING\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
  }

  @Test
  void anApplicantMustBeBoundToAFactory() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\"lonely-applicant\",\"password\":\"a-long-password\","
                        + "\"roles\":[\"APPLICANT\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("factory"));
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\"ghost-applicant\",\"password\":\"a-long-password\","
                        + "\"roles\":[\"APPLICANT\"],\"factory\":\"00000000\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("factory"));
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\"bound-officer\",\"password\":\"a-long-password\","
                        + "\"roles\":[\"OFFICER\"],\"provider\":\"ET-1\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("provider"));
  }

  @Test
  void aTakenUsernameIsRefused() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String existing = accounts.create(Role.QA);
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\""
                        + existing
                        + "\",\"password\":\"a-long-password\",\"roles\":[\"QA\"]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("username"));
  }

  @Test
  void adminChangesRolesAndTheChangeIsAudited() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String user = accounts.create(Role.QA);
    mvc.perform(
            put("/api/users/" + user)
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"EPD\"],\"enabled\":true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("EPD"));
    var trail = SystemActor.call(() -> audit.of("user", user));
    assertThat(trail.get(0).action()).isEqualTo("UPDATED");
    assertThat(trail.get(0).actor()).isEqualTo(admin);
    assertThat(trail.get(0).changes()).containsKey("roles");
  }

  @Test
  void adminCreatesAUserWithTheFormAndSeesItsPage() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/admin/users/new")
                .with(accounts.page(admin))
                .with(csrf())
                .param("username", "form-epd")
                .param("password", "a-long-password")
                .param("displayName", "Form EPD")
                .param("roles", "EPD"))
        .andExpect(redirectedUrl("/admin/users/form-epd"))
        .andExpect(Shown.success("The user was created."));
    mvc.perform(get("/admin/users/form-epd").with(accounts.page(admin)))
        .andExpect(status().isOk())
        .andExpect(model().attributeExists("auditTrail"));
  }

  @Test
  void theFormShowsErrorsOnTheFieldsAndSavesNothing() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/admin/users/new")
                .with(accounts.page(admin))
                .with(csrf())
                .param("username", "x")
                .param("password", "short"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("userForm", "username", "password", "roles"));
    assertThat(SystemActor.call(() -> users.exists("x"))).isFalse();
  }

  @Test
  void nonAdministratorsCannotCreateUsersThroughTheFacade() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                users.create(
                    new NewUser(
                        "sneaky",
                        "a-long-password",
                        null,
                        null,
                        java.util.Set.of(Role.ADMIN),
                        null,
                        null)))
        .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
  }
}
