package org.cppp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-in throttle as an attacker meets it: real HTTP for parallel guesses, the sign-in form
 * from chosen client addresses, and a clock the test moves on.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "cppp.admin-password=" + LoginThrottleTests.ADMIN_PASSWORD)
@AutoConfigureMockMvc
@Import({TestAccounts.class, LoginThrottleTests.Instruments.class})
class LoginThrottleTests {

  static final String ADMIN_PASSWORD = "the-real-admins-passphrase";
  static final int PER_ACCOUNT_FROM_ADDRESS = 5;

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AuditTrail audit;
  @Autowired Instruments instruments;
  @LocalServerPort int port;

  @Test
  void sixtyParallelWrongGuessesGetAtMostTheLimitCheckedAgainstTheHash() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(60);
    List<Callable<Integer>> guesses = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String guess = "guess-number-" + i;
      guesses.add(() -> basic(http, officer, guess));
    }
    int checksBefore = instruments.checks.get();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : pool.invokeAll(guesses)) {
      statuses.add(answer.get());
    }
    pool.shutdown();

    assertThat(statuses).containsOnly(401);
    assertThat(instruments.checks.get() - checksBefore)
        .isLessThanOrEqualTo(PER_ACCOUNT_FROM_ADDRESS);
    assertThat(basic(http, officer, TestAccounts.PASSWORD)).isEqualTo(401);
  }

  @Test
  void anAttackerCannotLockTheAdministratorOut() throws Exception {
    for (int i = 0; i < 30; i++) {
      SignIns.attempt(mvc, "admin", "guess-" + i, "203.0.113.7");
    }
    assertThat(signIn("admin", ADMIN_PASSWORD, "203.0.113.7")).isEqualTo("/login?error");

    assertThat(signIn("admin", ADMIN_PASSWORD, "198.51.100.20")).isEqualTo("/dashboard");
    instruments.clock.advance(Duration.ofMinutes(4));
    assertThat(signIn("admin", ADMIN_PASSWORD, "203.0.113.7")).isEqualTo("/dashboard");
  }

  @Test
  void aWrongPasswordAnUnknownUserAndAThrottledAccountFailAlike() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String address = "192.0.2.44";
    String wrong = signIn(officer, "wrong-password-0", address);
    String unknown = signIn("no-such-user-anywhere", "wrong-password-0", address);
    for (int i = 1; i < PER_ACCOUNT_FROM_ADDRESS; i++) {
      signIn(officer, "wrong-password-" + i, address);
    }
    String throttled = signIn(officer, TestAccounts.PASSWORD, address);
    assertThat(List.of(wrong, unknown, throttled)).containsOnly("/login?error");
    mvc.perform(get("/api/users").with(accounts.api(officer)).with(SignIns.from(address)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void successfulSignInsDoNotUseUpTheAllowance() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    for (int i = 0; i < 3 * PER_ACCOUNT_FROM_ADDRESS; i++) {
      assertThat(signIn(officer, TestAccounts.PASSWORD, "192.0.2.55")).isEqualTo("/dashboard");
    }
  }

  @Test
  void aThrottleIsAuditedAndAPasswordResetLiftsIt() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String address = "192.0.2.66";
    for (int i = 0; i < PER_ACCOUNT_FROM_ADDRESS; i++) {
      signIn(officer, "wrong-password-" + i, address);
    }
    List<AuditEntry> trail = SystemActor.call(() -> audit.of("user", officer));
    assertThat(trail).extracting(AuditEntry::action).contains("SIGN_IN_THROTTLED");
    assertThat(trail.get(0).changes()).containsEntry("address", address);

    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            post("/admin/users/" + officer + "/password")
                .param("password", "a-fresh-start-passphrase")
                .with(accounts.page(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(SystemActor.call(() -> audit.of("user", officer)).get(0).changes())
        .containsEntry("throttleLifted", 2);
    assertThat(signIn(officer, "a-fresh-start-passphrase", address)).isEqualTo("/dashboard");
  }

  private String signIn(String username, String password, String address) throws Exception {
    return SignIns.attempt(mvc, username, password, address).getRedirectedUrl();
  }

  private int basic(HttpClient http, String username, String password) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users"))
            .header("Authorization", "Basic " + credentials)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A clock the test moves on, and a password encoder that counts its checks. */
  @TestConfiguration
  static class Instruments {

    final MovableClock clock = new MovableClock();
    final AtomicInteger checks = new AtomicInteger();

    @Bean
    @Primary
    Clock movableClock() {
      return clock;
    }

    @Bean
    @Primary
    PasswordEncoder countingPasswordEncoder(
        @Qualifier("passwordEncoder") PasswordEncoder passwordEncoder) {
      return new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return passwordEncoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          checks.incrementAndGet();
          return passwordEncoder.matches(raw, encoded);
        }
      };
    }
  }

  static class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
      offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
