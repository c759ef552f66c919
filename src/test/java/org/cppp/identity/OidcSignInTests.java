package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single sign-on against a real OpenID Connect server ({@code mock-oauth2-server} on a random
 * port), through the whole authorization-code flow: the provider's redirects followed by hand, the
 * code exchanged by CPPP over HTTP and its ID token's signature checked.
 */
@IntegrationTest
class OidcSignInTests {

  static final String ISSUER = "corp";
  static final MockOAuth2Server IDP = new MockOAuth2Server();

  static {
    IDP.start();
  }

  @DynamicPropertySource
  static void oidc(DynamicPropertyRegistry registry) {
    registry.add("cppp.oidc.issuer-uri", () -> IDP.issuerUrl(ISSUER).toString());
    registry.add("cppp.oidc.client-id", () -> "cppp");
    registry.add("cppp.oidc.client-secret", () -> "cppp-secret");
    registry.add("cppp.oidc.name", () -> "Corporate ID");
  }

  @AfterAll
  static void stop() {
    IDP.shutdown();
  }

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AuditTrail audit;

  @Test
  void theSignInPageOffersTheIdentityProvider() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(content().string(Matchers.containsString("Sign in with Corporate ID")));
  }

  @Test
  void aVerifiedEmailOfACpppUserSignsThemInWithTheirCpppRoles() throws Exception {
    String officer = accounts.withEmail(Role.OFFICER, null, null);
    MockHttpServletResponse done = signIn(officer + "@example.com", true);
    assertThat(done.getRedirectedUrl()).isEqualTo("/dashboard");
    Cookie session = done.getCookie(SignIns.COOKIE);
    mvc.perform(get("/dashboard").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(officer)));
    mvc.perform(get("/applications").cookie(session)).andExpect(status().isOk());
    mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
    assertThat(SystemActor.call(() -> audit.of("user", officer)).get(0).action())
        .isEqualTo("SSO_SIGNED_IN");
  }

  @Test
  void anUnknownOrUnverifiedEmailIsRefusedWithAReason() throws Exception {
    MockHttpServletResponse unknown = signIn("nobody-" + System.nanoTime() + "@example.com", true);
    assertThat(unknown.getRedirectedUrl()).isEqualTo("/login?sso=refused");
    mvc.perform(get("/login").param("sso", "refused"))
        .andExpect(content().string(Matchers.containsString("was refused")));

    String qa = accounts.withEmail(Role.QA, null, null);
    MockHttpServletResponse unverified = signIn(qa + "@example.com", false);
    assertThat(unverified.getRedirectedUrl()).isEqualTo("/login?sso=refused");
    mvc.perform(get("/dashboard").cookie(unverified.getCookie(SignIns.COOKIE)))
        .andExpect(status().is3xxRedirection());
    assertThat(SystemActor.call(() -> audit.recent(OidcAccounts.AUDIT_TYPE, 5)))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("SIGN_IN_REFUSED"));
  }

  /** The authorization-code flow: CPPP → provider (signs the user in at once) → CPPP. */
  private MockHttpServletResponse signIn(String email, boolean verified) throws Exception {
    IDP.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER,
            "subject-" + email,
            "JWT",
            List.of("cppp"),
            Map.of("email", email, "email_verified", verified),
            3600));
    MockHttpServletResponse start =
        mvc.perform(get("/oauth2/authorization/cppp")).andReturn().getResponse();
    String authorize = start.getRedirectedUrl();
    assertThat(authorize).startsWith(IDP.issuerUrl(ISSUER).toString());
    Cookie session = start.getCookie(SignIns.COOKIE);

    HttpResponse<String> provider =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(provider.statusCode()).isEqualTo(302);
    URI back = URI.create(provider.headers().firstValue("Location").orElseThrow());
    assertThat(back.getPath()).isEqualTo("/login/oauth2/code/cppp");

    MockHttpServletResponse done = mvc.perform(get(back).cookie(session)).andReturn().getResponse();
    if (done.getCookie(SignIns.COOKIE) == null) {
      done.addCookie(session);
    }
    return done;
  }
}
