package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** API clients sign in with a personal access token: no password hash, no session. */
@IntegrationTest
class ApiTokenTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired AuditTrail audit;
  @Autowired Users users;
  @Autowired TestClock clock;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aTokenSignsInUntilItIsRevokedAndThenIsAnswered401() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String created =
        createToken(officer, "{\"name\":\"Nightly export\",\"scopes\":[\"READ\"]}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.secret").value(Matchers.startsWith("cppp_")))
            .andExpect(jsonPath("$.token.scopes[0]").value("READ"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = JsonPath.read(created, "$.secret");
    int id = JsonPath.read(created, "$.token.id");

    MockHttpServletResponse used =
        mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + secret))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].name").value("Nightly export"))
            .andExpect(jsonPath("$.content[0].active").value(true))
            .andExpect(content().string(Matchers.not(Matchers.containsString(secret))))
            .andReturn()
            .getResponse();
    assertThat(used.getCookies()).isEmpty();
    assertThat(used.getHeader("Set-Cookie")).isNull();
    assertThat(
            jdbc.queryForObject(
                "select last_used_at is not null from api_token where id = ?", Boolean.class, id))
        .isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from api_token where token_hash = sha256(convert_to(?, 'UTF8'))",
                Integer.class,
                secret))
        .as("only the SHA-256 hash is stored")
        .isEqualTo(1);

    mvc.perform(delete("/api/tokens/" + id).with(accounts.api(officer)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + secret))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")));
    assertThat(
            SystemActor.call(() -> audit.of(ApiTokens.AUDIT_TYPE, String.valueOf(id))).stream()
                .map(e -> e.action())
                .toList())
        .containsExactlyInAnyOrder("CREATED", "REVOKED");
  }

  @Test
  void unknownExpiredAndMalformedTokensAreAnswered401() throws Exception {
    String qa = accounts.create(Role.QA);
    String secret =
        secret(
            qa,
            "{\"name\":\"Short-lived\",\"scopes\":[\"READ\"],\"expiresOn\":\"%s\"}"
                .formatted(clock.today().plusDays(1)));
    bearer(get("/api/tokens"), secret).andExpect(status().isOk());
    clock.setDate(clock.today().plusDays(2));
    bearer(get("/api/tokens"), secret).andExpect(status().isUnauthorized());
    bearer(get("/api/tokens"), "cppp_" + "A".repeat(43)).andExpect(status().isUnauthorized());
    bearer(get("/api/tokens"), "not-a-token").andExpect(status().isUnauthorized());
    mvc.perform(get("/api/tokens").header("Authorization", "Bearer "))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aReadOnlyTokenMayNotChangeAnythingAndAWriteTokenMay() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String read = secret(officer, "{\"name\":\"reader\",\"scopes\":[\"READ\"]}");
    String write = secret(officer, "{\"name\":\"writer\",\"scopes\":[\"WRITE\"]}");
    String body = "{\"name\":\"another\",\"scopes\":[\"READ\"]}";
    bearer(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content(body), read)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    long reader = jdbc.queryForObject("select id from api_token where name = 'reader'", Long.class);
    bearer(delete("/api/tokens/" + reader).with(csrf()), write)
        .andExpect(status().is2xxSuccessful());
    bearer(get("/api/tokens"), read).andExpect(status().isUnauthorized());
  }

  @Test
  void aWriteTokenMayNotCreateFurtherTokensButAPasswordMay() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String write = secret(officer, "{\"name\":\"writer\",\"scopes\":[\"WRITE\"]}");
    String body = "{\"name\":\"minted\",\"scopes\":[\"WRITE\"]}";
    bearer(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content(body), write)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from api_token where name = 'minted'", Integer.class))
        .isZero();
    createToken(officer, body).andExpect(status().isCreated());
  }

  @Test
  void aTokenSeesWhatItsUserSeesAndNoMore() throws Exception {
    String ownBr = fixtures.eligibleFactory();
    String otherBr = fixtures.eligibleFactory();
    String owner = accounts.applicantOf(ownBr);
    String stranger = accounts.applicantOf(otherBr);
    String ref = application(owner, ownBr);
    String ownersToken = secret(owner, "{\"name\":\"mine\",\"scopes\":[\"READ\"]}");
    String strangersToken = secret(stranger, "{\"name\":\"theirs\",\"scopes\":[\"READ\"]}");

    bearer(get("/api/applications/" + ref), ownersToken)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reference").value(ref));
    int bySession =
        mvc.perform(get("/api/applications/" + ref).with(accounts.api(stranger)))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(bySession).isIn(403, 404);
    bearer(get("/api/applications/" + ref), strangersToken).andExpect(status().is(bySession));
  }

  @Test
  void disablingAUserEndsTheirTokens() throws Exception {
    String epd = accounts.create(Role.EPD);
    String secret = secret(epd, "{\"name\":\"dashboards\",\"scopes\":[\"READ\"]}");
    bearer(get("/api/tokens"), secret).andExpect(status().isOk());
    SystemActor.run(
        () -> users.update(epd, new UserChange(epd, null, Set.of(Role.EPD), null, null, false)));
    bearer(get("/api/tokens"), secret).andExpect(status().isUnauthorized());
  }

  @Test
  void badRequestsNameTheFieldAndAUserRevokesOnlyTheirOwn() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    createToken(officer, "{\"name\":\" \",\"scopes\":[\"READ\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("name")));
    createToken(officer, "{\"name\":\"x\",\"scopes\":[]}").andExpect(status().isBadRequest());
    createToken(officer, "{\"name\":\"x\",\"scopes\":[\"ADMIN\"]}")
        .andExpect(status().isBadRequest());
    createToken(
            officer,
            "{\"name\":\"x\",\"scopes\":[\"READ\"],\"expiresOn\":\"%s\"}"
                .formatted(clock.today().minusDays(1)))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("expiresOn")));
    createToken(officer, "{\"name\":\"x\",\"scopes\":[\"READ\"],\"expiresOn\":\"31/12/2030\"}")
        .andExpect(status().isBadRequest());

    String mine =
        createToken(officer, "{\"name\":\"mine\",\"scopes\":[\"READ\"]}")
            .andReturn()
            .getResponse()
            .getContentAsString();
    int id = JsonPath.read(mine, "$.token.id");
    String other = accounts.create(Role.OFFICER);
    mvc.perform(delete("/api/tokens/" + id).with(accounts.api(other)))
        .andExpect(status().isNotFound());
    bearer(get("/api/tokens"), JsonPath.read(mine, "$.secret")).andExpect(status().isOk());
    mvc.perform(get("/api/tokens")).andExpect(status().isUnauthorized());
  }

  @Test
  void theAccountPageCreatesShowsTheSecretOnceAndRevokes() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/account/tokens").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("You have no tokens.")));
    jakarta.servlet.http.Cookie session = SignIns.session(mvc, officer, TestAccounts.PASSWORD);
    mvc.perform(
            post("/account/tokens")
                .cookie(session)
                .with(csrf())
                .param("name", "Spreadsheet")
                .param("scope", "WRITE"))
        .andExpect(redirectedUrl("/account/tokens"));
    String page =
        mvc.perform(get("/account/tokens").cookie(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String secret = page.replaceAll("(?s).*id=\"token-secret\">(cppp_[A-Za-z0-9_-]{43})<.*", "$1");
    assertThat(secret).startsWith("cppp_").hasSize(48);
    mvc.perform(get("/account/tokens").with(accounts.page(officer)))
        .andExpect(content().string(Matchers.containsString("Spreadsheet")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(secret))));
    mvc.perform(
            post("/account/tokens")
                .with(accounts.page(officer))
                .with(csrf())
                .param("name", "")
                .param("scope", "READ"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Give the token a name.")));
    long id =
        jdbc.queryForObject(
            "select id from api_token where token_hash = sha256(convert_to(?, 'UTF8'))",
            Long.class,
            secret);
    mvc.perform(post("/account/tokens/" + id + "/revoke").with(accounts.page(officer)).with(csrf()))
        .andExpect(redirectedUrl("/account/tokens"));
    bearer(get("/api/tokens"), secret).andExpect(status().isUnauthorized());
  }

  private ResultActions createToken(String user, String json) throws Exception {
    return mvc.perform(
        post("/api/tokens")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private String secret(String user, String json) throws Exception {
    String body =
        createToken(user, json)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.secret");
  }

  private ResultActions bearer(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + token));
  }

  private String application(String user, String br) throws Exception {
    String body =
        """
        {"factoryBr":"%s","scheme":"ON_SITE_ASSESSMENT","providerCode":"%s","title":"Boiler upgrade",
         "costItems":[{"description":"Assessment","amountHkd":"40000"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, fixtures.registeredProvider());
    String json =
        mvc.perform(
                post("/api/applications")
                    .with(accounts.api(user))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(json, "$.reference");
  }
}
