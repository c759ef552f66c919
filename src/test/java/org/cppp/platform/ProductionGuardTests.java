package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTests {

  private static MockEnvironment prod() {
    MockEnvironment env = new MockEnvironment();
    env.setActiveProfiles("prod");
    env.setProperty("cppp.security.totp-required-roles", "STAFF");
    env.setProperty("cppp.security.totp-key", "a-long-random-sealing-key");
    return env;
  }

  private static void start(MockEnvironment env) {
    new ProductionGuard()
        .onApplicationEvent(
            new ApplicationEnvironmentPreparedEvent(
                null, new SpringApplication(), new String[0], env));
  }

  @Test
  void refusesTheEmbeddedDatabaseAndAMissingAdminPassword() {
    assertThatThrownBy(() -> start(prod()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SPRING_DATASOURCE_URL")
        .hasMessageContaining("CPPP_ADMIN_PASSWORD");
  }

  @Test
  void refusesWellKnownPasswordsAndTheDemo() {
    MockEnvironment env =
        prod()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/cppp")
            .withProperty("spring.datasource.password", "postgres")
            .withProperty("cppp.admin-password", "changeme")
            .withProperty("cppp.demo", "true")
            .withProperty("server.servlet.session.cookie.secure", "true");
    assertThat(ProductionGuard.problems(env))
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("SPRING_DATASOURCE_PASSWORD"))
        .anySatisfy(p -> assertThat(p).contains("CPPP_ADMIN_PASSWORD"))
        .anySatisfy(p -> assertThat(p).contains("CPPP_DEMO"));
  }

  @Test
  void startsWithARealServerAndStrongPasswords() {
    MockEnvironment env =
        prod()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/cppp")
            .withProperty("spring.datasource.password", "S3cure-db-Passw0rd")
            .withProperty("cppp.admin-password", "a-strong-admin-passphrase")
            .withProperty("server.servlet.session.cookie.secure", "true");
    start(env);
    assertThat(ProductionGuard.problems(env)).isEmpty();
  }

  @Test
  void refusesASessionCookieSentOverPlainHttp() {
    MockEnvironment env =
        prod()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/cppp")
            .withProperty("spring.datasource.password", "S3cure-db-Passw0rd")
            .withProperty("cppp.admin-password", "a-strong-admin-passphrase")
            .withProperty("server.servlet.session.cookie.secure", "false");
    assertThat(ProductionGuard.problems(env))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("cookie.secure"));
  }

  @Test
  void refusesStaffSigningInWithoutASecondFactor() {
    MockEnvironment env =
        prod()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/cppp")
            .withProperty("spring.datasource.password", "S3cure-db-Passw0rd")
            .withProperty("cppp.admin-password", "a-strong-admin-passphrase")
            .withProperty("server.servlet.session.cookie.secure", "true")
            .withProperty("cppp.security.totp-required-roles", " ");
    assertThat(ProductionGuard.problems(env))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("CPPP_TOTP_REQUIRED_ROLES"));
  }

  @Test
  void refusesTheDemoKeySealingTotpSecretsAndAShortOne() {
    for (String key : List.of("cppp-demo-totp-key", "short-key", "")) {
      MockEnvironment env =
          prod()
              .withProperty("spring.datasource.url", "jdbc:postgresql://db/cppp")
              .withProperty("spring.datasource.password", "S3cure-db-Passw0rd")
              .withProperty("cppp.admin-password", "a-strong-admin-passphrase")
              .withProperty("server.servlet.session.cookie.secure", "true")
              .withProperty("cppp.security.totp-key", key);
      assertThat(ProductionGuard.problems(env))
          .singleElement()
          .satisfies(p -> assertThat(p).contains("CPPP_TOTP_KEY"));
    }
  }

  @Test
  void outsideProdNothingIsChecked() {
    start(new MockEnvironment());
  }
}
