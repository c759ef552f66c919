package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code prod} profile as it starts for real (ProductionGuard satisfied: a PostgreSQL server of
 * its own, strong passwords, no demo), answering over HTTP behind a TLS-terminating proxy.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=${cppp.test.prod-database-url}",
      "spring.datasource.username=postgres",
      "spring.datasource.password=prod-test-database-passphrase",
      "cppp.admin-password=prod-test-admin-passphrase",
      "cppp.security.totp-key=prod-test-totp-sealing-key"
    })
@ActiveProfiles("prod")
class ProductionProfileTests {

  private static final String DATABASE_URL = "cppp.test.prod-database-url";
  private static EmbeddedPostgres server;

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheServer() throws IOException {
    server = EmbeddedPostgres.builder().start();
    System.setProperty(DATABASE_URL, server.getJdbcUrl("postgres", "postgres"));
  }

  @AfterAll
  static void stopTheServer() throws IOException {
    System.clearProperty(DATABASE_URL);
    server.close();
  }

  @Test
  void apiDocumentationIsOffUnlessEnabled() throws Exception {
    assertThat(get("/v3/api-docs", false).statusCode()).isEqualTo(404);
    assertThat(get("/swagger-ui/index.html", false).statusCode()).isEqualTo(404);
  }

  @Test
  void theSessionCookieIsSecureAndHttpOnly() throws Exception {
    String cookie = get("/login", true).headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly");
  }

  @Test
  void pagesSentOverHttpsBehindTheProxyCarryHsts() throws Exception {
    assertThat(get("/login", true).headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
  }

  private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (viaHttpsProxy) {
      request.header("X-Forwarded-Proto", "https");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
