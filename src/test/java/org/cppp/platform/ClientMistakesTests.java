package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.UnparsableRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client mistakes at the edge, through MockMvc: each is a 4xx problem (API) or error status
 * (pages), never a 500. {@link ClientMistakesOverHttpTests} sends the same over a real port.
 */
@IntegrationTest
class ClientMistakesTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired Users users;

  @Test
  void aMultipartBodyOnAJsonEndpointIsUnsupportedMediaTypeAsAProblem() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/enquiries/1/answer")
                .with(accounts.api(officer))
                .contentType("multipart/form-data")
                .content("{\"answer\":\"Yes\"}"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(415));
  }

  @Test
  void anApiUploadTheServerCannotParseIsABadRequestProblem() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(
            UnparsableRequest.post("/api/applications/CPPP-NONE/documents")
                .with(accounts.api(applicant)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("boundary")));
  }

  @Test
  void aPageUploadTheServerCannotParseIsABadRequest() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(
            UnparsableRequest.post("/applications/CPPP-NONE/documents")
                .with(accounts.page(applicant))
                .with(csrf().asHeader()))
        .andExpect(status().isBadRequest());
  }

  /** A NUL in each kind of field a new user has: one refused, naming it, and no user made. */
  static Stream<Arguments> nulInEachField() {
    return Stream.of(
        Arguments.of("displayName", "nul-in-name", "Bad\u0000Name"),
        Arguments.of("username", "nul\u0000byte", "Name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulInEachField")
  void aControlCharacterInAJsonStringIsRefusedNamingItsField(
      String field, String username, String displayName) throws Exception {
    String admin = accounts.create(Role.ADMIN);
    long before = SystemActor.call(users::count);
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(newUser(username, displayName)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.detail").value(containsString("control character")));
    assertThat(SystemActor.call(users::count)).isEqualTo(before);
  }

  @Test
  void tabsAndLineBreaksStayInText() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/api/users")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(newUser("tab-in-name", "Tab\tand\r\nbreak")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.displayName").value("Tab\tand\r\nbreak"));
  }

  @Test
  void aControlCharacterInAPageFormFieldIsAnErrorOnItsLabel() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/admin/users/new")
                .with(accounts.page(admin))
                .with(csrf())
                .param("username", "escape-in-form")
                .param("password", "long-enough-password")
                .param("displayName", "Bell\u0007Name")
                .param("roles", "OFFICER"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Name: contains a control character (such as a NUL")));
    mvc.perform(get("/api/users/escape-in-form").with(accounts.api(admin)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aControlCharacterInARequestParameterIsABadRequestNamingItAndWhy() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/api/factories").param("city", "DONG\u0000GUAN").with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("city"))
        .andExpect(
            jsonPath("$.detail").value(containsString("city: contains a control character")));
    mvc.perform(get("/factories").param("city", "DONG\u0000GUAN").with(accounts.page(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("city: contains a control character")));
  }

  private static String newUser(String username, String displayName) {
    return JSON.writeValueAsString(
        Map.of(
            "username",
            username,
            "password",
            "long-enough-password",
            "displayName",
            displayName,
            "roles",
            List.of("OFFICER")));
  }
}
