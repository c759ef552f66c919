package org.cppp.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile on the embedded database, with the demo programme, with
 * a missing or well-known password, with the demo key sealing TOTP secrets or with a session cookie
 * sent over plain HTTP, saying why. Registered in {@code META-INF/spring.factories} so it runs
 * before any bean (and any database) is created.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  /** The key sealing TOTP secrets outside prod ({@code application.properties}). */
  static final String DEMO_TOTP_KEY = "cppp-demo-totp-key";

  static final Set<String> WELL_KNOWN_PASSWORDS =
      Set.of("", "admin", "password", "postgres", "changeme", "secret", "demo", "cppp", "123456");

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment env = event.getEnvironment();
    if (!Arrays.asList(env.getActiveProfiles()).contains("prod")) {
      return;
    }
    List<String> problems = problems(env);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "CPPP refuses to start with the 'prod' profile:\n - " + String.join("\n - ", problems));
    }
  }

  static List<String> problems(ConfigurableEnvironment env) {
    List<String> problems = new ArrayList<>();
    if (Deployment.usesEmbeddedDatabase(env)) {
      problems.add(
          "no SPRING_DATASOURCE_URL: the embedded database is for development and demos only;"
              + " point SPRING_DATASOURCE_URL (+ SPRING_DATASOURCE_USERNAME/PASSWORD) at the"
              + " production PostgreSQL server");
    } else if (weak(env.getProperty("spring.datasource.password"))) {
      problems.add(
          "SPRING_DATASOURCE_PASSWORD is missing or a well-known default; set the real one");
    }
    if (weak(env.getProperty("cppp.admin-password"))
        || env.getProperty("cppp.admin-password", "").length() < 12) {
      problems.add(
          "CPPP_ADMIN_PASSWORD is missing, a well-known default or shorter than 12 characters");
    }
    if (!env.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
      problems.add(
          "server.servlet.session.cookie.secure is off: the session cookie must travel over HTTPS"
              + " only");
    }
    if (env.getProperty("cppp.security.totp-required-roles", "").isBlank()) {
      problems.add(
          "CPPP_TOTP_REQUIRED_ROLES is empty: staff must sign in with a second factor in prod"
              + " (default STAFF)");
    }
    String totpKey = env.getProperty("cppp.security.totp-key", "");
    if (totpKey.strip().length() < 16 || totpKey.contains(DEMO_TOTP_KEY) || weak(totpKey)) {
      problems.add(
          "CPPP_TOTP_KEY is missing, the demo key or shorter than 16 characters: set a secret key"
              + " sealing the authenticator secrets");
    }
    if (env.getProperty("cppp.demo", Boolean.class, false)) {
      problems.add("CPPP_DEMO is on: the demo programme and its known passwords never run in prod");
    }
    return problems;
  }

  private static boolean weak(String password) {
    return password == null
        || WELL_KNOWN_PASSWORDS.contains(password.trim().toLowerCase(Locale.ROOT));
  }
}
