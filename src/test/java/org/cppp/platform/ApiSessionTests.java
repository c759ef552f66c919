package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.RawHttp;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The API takes the session of a page login (so a client signs in once and pays no password hash
 * per request), but a change signed by that cookie alone needs the session's CSRF token, as a form
 * does; HTTP Basic still creates no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, Fixtures.class})
class ApiSessionTests {

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  @Test
  void aPageLoginsSessionReadsTheApiAndChangesOnlyWithItsCsrfToken() {
    String officer = accounts.create(Role.OFFICER);
    RawHttp http = new RawHttp(port);
    String csrf = http.signIn(officer);
    assertThat(http.send(http.to("/api/applications?size=1")).statusCode()).isEqualTo(200);
    HttpRequest.Builder create =
        http.to("/api/applications")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"));
    assertThat(http.send(create).statusCode()).as("no CSRF token: refused").isEqualTo(403);
    HttpResponse<String> withToken =
        http.send(
            http.to("/api/applications")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(withToken.statusCode()).as("checked as the officer's request").isEqualTo(400);
  }

  @Test
  void httpBasicCreatesNoSession() {
    RawHttp http = new RawHttp(port);
    HttpResponse<String> response =
        http.send(http.api("/api/applications?size=1", accounts.create(Role.OFFICER)));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }
}
