package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * TOTP two-factor sign-in, with staff required to use it as in the {@code prod} profile (the
 * property set as {@code application-prod.properties} sets it).
 */
@IntegrationTest
@TestPropertySource(properties = "cppp.security.totp-required-roles=STAFF")
class TwoFactorSignInTests {

  private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");
  private static final Pattern CODE = Pattern.compile("<li>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</li>");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;
  @Autowired AuditTrail audit;
  @Autowired TwoFactor twoFactor;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired javax.sql.DataSource dataSource;

  @org.springframework.beans.factory.annotation.Value("${cppp.security.totp-key}")
  String totpKey;

  @Test
  void anEnrolledUserPassesASecondStepAfterThePasswordAndAWrongCodeIsRefused() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    Cookie session = SignIns.session(mvc, applicant, TestAccounts.PASSWORD);
    Enrolled enrolled = enrol(session);
    assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(SystemActor.call(() -> audit.of("user", applicant)).get(0).action())
        .isEqualTo("TOTP_ENROLLED");
    mvc.perform(get("/account/totp").cookie(session))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.not(Matchers.containsString(enrolled.secret()))));

    Cookie pending = passwordOnly(applicant);
    mvc.perform(get("/dashboard").cookie(pending)).andExpect(redirectedUrl("/login/second-factor"));
    mvc.perform(get("/account/password").cookie(pending))
        .andExpect(redirectedUrl("/login/second-factor"));
    mvc.perform(post("/login/second-factor").cookie(pending).with(csrf()).param("code", "000000"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("The code is not correct.")));
    mvc.perform(get("/dashboard").cookie(pending)).andExpect(redirectedUrl("/login/second-factor"));

    Cookie signedIn = secondStep(pending, code(enrolled.secret()));
    mvc.perform(get("/dashboard").cookie(signedIn)).andExpect(status().isOk());
    mvc.perform(get("/api/tokens").with(httpBasic(applicant, TestAccounts.PASSWORD)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aRecoveryCodeSignsInOnce() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    Enrolled enrolled = enrol(SignIns.session(mvc, applicant, TestAccounts.PASSWORD));
    String recovery = enrolled.recoveryCodes().get(3);

    Cookie signedIn = secondStep(passwordOnly(applicant), recovery);
    mvc.perform(get("/dashboard").cookie(signedIn)).andExpect(status().isOk());
    assertThat(SystemActor.call(() -> audit.of("user", applicant)).get(0).action())
        .isEqualTo("RECOVERY_CODE_USED");

    Cookie again = passwordOnly(applicant);
    mvc.perform(post("/login/second-factor").cookie(again).with(csrf()).param("code", recovery))
        .andExpect(status().isOk());
    mvc.perform(get("/dashboard").cookie(again)).andExpect(redirectedUrl("/login/second-factor"));
  }

  @Test
  void staffWithoutAnAuthenticatorMustEnrolBeforeAnythingElse() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    MockHttpServletResponse signIn =
        SignIns.attempt(mvc, officer, TestAccounts.PASSWORD, "127.0.0.1");
    assertThat(signIn.getRedirectedUrl()).isEqualTo("/account/totp");
    Cookie session = signIn.getCookie(SignIns.COOKIE);
    mvc.perform(get("/dashboard").cookie(session)).andExpect(redirectedUrl("/account/totp"));
    mvc.perform(get("/applications").cookie(session)).andExpect(redirectedUrl("/account/totp"));
    mvc.perform(get("/api/tokens").with(httpBasic(officer, TestAccounts.PASSWORD)))
        .andExpect(status().isUnauthorized());

    Enrolled enrolled = enrol(session);
    Cookie now = enrolled.session();
    mvc.perform(get("/dashboard").cookie(now)).andExpect(status().isOk());
    mvc.perform(
            post("/account/totp/disable")
                .cookie(now)
                .with(csrf())
                .param("code", code(enrolled.secret())))
        .andExpect(redirectedUrl("/account/totp"));
    assertThat(passwordOnly(officer)).isNotNull();
    assertThat(SystemActor.call(() -> audit.of("user", officer)).get(0).action())
        .isEqualTo("TOTP_ENROLLED");
  }

  @Test
  void aUserTurnsTwoFactorSignInOffWithACodeAndSignsInWithThePasswordAgain() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    Enrolled enrolled = enrol(SignIns.session(mvc, applicant, TestAccounts.PASSWORD));
    Cookie session = secondStep(passwordOnly(applicant), code(enrolled.secret()));
    mvc.perform(post("/account/totp/disable").cookie(session).with(csrf()).param("code", "123"))
        .andExpect(redirectedUrl("/account/totp"));
    assertThat(
            SignIns.attempt(mvc, applicant, TestAccounts.PASSWORD, "127.0.0.1").getRedirectedUrl())
        .isEqualTo("/login/second-factor");
    mvc.perform(
            post("/account/totp/disable")
                .cookie(session)
                .with(csrf())
                .param("code", code(enrolled.secret())))
        .andExpect(redirectedUrl("/account/totp"));
    assertThat(SystemActor.call(() -> audit.of("user", applicant)).get(0).action())
        .isEqualTo("TOTP_DISABLED");
    SignIns.session(mvc, applicant, TestAccounts.PASSWORD);
  }

  @Test
  void aCodeIsAcceptedOnceAndASecondSignInWithItIsRefused() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    Enrolled enrolled = enrol(SignIns.session(mvc, applicant, TestAccounts.PASSWORD));
    String code = code(enrolled.secret());
    secondStep(passwordOnly(applicant), code);

    Cookie replayed = passwordOnly(applicant);
    mvc.perform(post("/login/second-factor").cookie(replayed).with(csrf()).param("code", code))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("The code is not correct.")));
    mvc.perform(get("/dashboard").cookie(replayed))
        .andExpect(redirectedUrl("/login/second-factor"));
  }

  @Test
  void twoSignInsWithOneCodeAtOnceLetOnlyOneThrough() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    Enrolled enrolled = enrol(SignIns.session(mvc, applicant, TestAccounts.PASSWORD));
    String code = code(enrolled.secret());
    List<Cookie> pending = List.of(passwordOnly(applicant), passwordOnly(applicant));
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
      for (Cookie session : pending) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return mvc.perform(
                          post("/login/second-factor")
                              .cookie(session)
                              .with(csrf())
                              .param("code", code))
                      .andReturn()
                      .getResponse()
                      .getRedirectedUrl();
                }));
      }
      start.countDown();
      List<String> redirects = new ArrayList<>();
      for (var answer : answers) {
        redirects.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(redirects).filteredOn("/dashboard"::equals).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAdministratorResetsTwoFactorSignInAndTheUserEnrolsAgainAtTheNextSignIn() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    Enrolled enrolled = enrol(SignIns.session(mvc, applicant, TestAccounts.PASSWORD));
    String officer = accounts.create(Role.OFFICER);
    String admin = accounts.create(Role.ADMIN);

    mvc.perform(
            post("/api/users/" + applicant + "/totp/reset")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/users/" + applicant + "/totp-reset")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThatThrownBy(
            () ->
                accounts.as(
                    officer,
                    () -> {
                      twoFactor.reset(applicant);
                      return null;
                    }))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    assertThat(
            SignIns.attempt(mvc, applicant, TestAccounts.PASSWORD, "127.0.0.1").getRedirectedUrl())
        .isEqualTo("/login/second-factor");

    mvc.perform(
            post("/api/users/" + applicant + "/totp/reset").with(accounts.page(admin)).with(csrf()))
        .andExpect(status().isNoContent());
    var reset = SystemActor.call(() -> audit.of("user", applicant)).get(0);
    assertThat(reset.action()).isEqualTo("TOTP_RESET");
    assertThat(reset.actor()).isEqualTo(admin);

    MockHttpServletResponse signIn =
        SignIns.attempt(mvc, applicant, TestAccounts.PASSWORD, "127.0.0.1");
    assertThat(signIn.getRedirectedUrl()).isEqualTo("/account/totp");
    Cookie session = signIn.getCookie(SignIns.COOKIE);
    mvc.perform(get("/dashboard").cookie(session)).andExpect(redirectedUrl("/account/totp"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from totp_recovery_code c join users u on u.id = c.user_id"
                    + " where u.username = ?",
                Integer.class,
                applicant))
        .isZero();
    Enrolled again = enrol(session);
    assertThat(again.secret()).isNotEqualTo(enrolled.secret());
    mvc.perform(get("/dashboard").cookie(again.session())).andExpect(status().isOk());

    mvc.perform(
            post("/admin/users/" + applicant + "/totp-reset")
                .with(accounts.page(admin))
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/users/" + applicant));
    assertThat(SystemActor.call(() -> audit.of("user", applicant)).get(0).action())
        .isEqualTo("TOTP_RESET");
  }

  @Test
  void secretsAreSealedAtRestAndTheMigrationSealsPlainOnes() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    Enrolled enrolled = enrol(SignIns.session(mvc, applicant, TestAccounts.PASSWORD));
    String stored = storedSecret(applicant);
    assertThat(stored).isNotEqualTo(enrolled.secret()).doesNotContain(enrolled.secret());
    assertThat(
            jdbc.queryForList(
                "select c.code_hash from totp_recovery_code c join users u on u.id = c.user_id"
                    + " where u.username = ?",
                byte[].class,
                applicant))
        .hasSize(10)
        .noneSatisfy(
            hash ->
                assertThat(new String(hash, java.nio.charset.StandardCharsets.US_ASCII))
                    .isIn(enrolled.recoveryCodes()));

    // a row as stored before V134: the secret in plain text
    jdbc.update(
        "update user_totp set secret = ?, secret_sealed = false"
            + " where user_id = (select id from users where username = ?)",
        enrolled.secret(),
        applicant);
    try (java.sql.Connection connection = dataSource.getConnection()) {
      assertThat(V135__SealTotpSecrets.seal(connection, TotpSecrets.encryptor(totpKey)))
          .isEqualTo(1);
    }
    assertThat(storedSecret(applicant)).isNotEqualTo(enrolled.secret());
    secondStep(passwordOnly(applicant), code(enrolled.secret()));
  }

  private String storedSecret(String username) {
    return jdbc.queryForObject(
        "select t.secret from user_totp t join users u on u.id = t.user_id where u.username = ?",
        String.class,
        username);
  }

  private record Enrolled(String secret, List<String> recoveryCodes, Cookie session) {}

  private Enrolled enrol(Cookie session) throws Exception {
    mvc.perform(post("/account/totp/start").cookie(session).with(csrf()))
        .andExpect(redirectedUrl("/account/totp"));
    String page =
        mvc.perform(get("/account/totp").cookie(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("data:image/png;base64,");
    Matcher secret = SECRET.matcher(page);
    assertThat(secret.find()).as("the secret is shown while enrolling").isTrue();
    mvc.perform(post("/account/totp/confirm").cookie(session).with(csrf()).param("code", "000000"))
        .andExpect(redirectedUrl("/account/totp"));
    MockHttpServletResponse confirmed =
        mvc.perform(
                post("/account/totp/confirm")
                    .cookie(session)
                    .with(csrf())
                    .param("code", code(secret.group(1))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    List<String> codes = new ArrayList<>();
    Matcher code = CODE.matcher(confirmed.getContentAsString());
    while (code.find()) {
      codes.add(code.group(1));
    }
    Cookie renewed = confirmed.getCookie(SignIns.COOKIE);
    return new Enrolled(secret.group(1), codes, renewed == null ? session : renewed);
  }

  private Cookie passwordOnly(String username) throws Exception {
    MockHttpServletResponse response =
        SignIns.attempt(mvc, username, TestAccounts.PASSWORD, "127.0.0.1");
    assertThat(response.getRedirectedUrl()).isEqualTo("/login/second-factor");
    return response.getCookie(SignIns.COOKIE);
  }

  private Cookie secondStep(Cookie pending, String code) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(post("/login/second-factor").cookie(pending).with(csrf()).param("code", code))
            .andExpect(redirectedUrl("/dashboard"))
            .andReturn()
            .getResponse();
    Cookie renewed = response.getCookie(SignIns.COOKIE);
    assertThat(renewed).as("a new session id once fully signed in").isNotNull();
    return renewed;
  }

  /**
   * A code of the authenticator, each of a later time step than the one before (a code is accepted
   * once): from the step before now, at most three in a test so each stays within the drift.
   */
  private String code(String secret) throws Exception {
    long now = Math.floorDiv(clock.instant().getEpochSecond(), 30);
    lastStep = Math.max(now - 1, lastStep + 1);
    return new DefaultCodeGenerator().generate(secret, lastStep);
  }

  private long lastStep = Long.MIN_VALUE + 1;
}
