package org.cppp.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.support.Fixtures;
import org.cppp.support.RawHttp;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request's {@code Host} header is the sender's to choose: sent as {@code evil.example} over a
 * real port, it shows up in no redirect, no page link and no mailed link (those use {@code
 * cppp.public-url}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, Fixtures.class})
class HostHeaderTests {

  static final String EVIL = "evil.example";
  static final Pattern SESSION = Pattern.compile("Set-Cookie: (SESSION=[^;]+)");

  @LocalServerPort int port;
  @Autowired Activities activities;
  @Autowired JdbcClient jdbc;

  @Test
  void aRedirectNamesOnlyThePathWhateverTheHostHeaderSays() {
    RawHttp http = new RawHttp(port);
    String http10 = http.exchange(get("/dashboard", ""));
    String http11 =
        http.exchange("GET /dashboard HTTP/1.1\r\nHost: " + EVIL + "\r\nConnection: close\r\n\r\n");
    for (String answer : List.of(http10, http11)) {
      assertThat(answer).startsWith("HTTP/1.1 302");
      assertThat(header(answer, "Location")).isEqualTo("/login");
      assertThat(answer).doesNotContain(EVIL);
    }
  }

  @Test
  void aPageAndTheMailsOfARegistrationLinkToThePublicUrlNotTheHostHeader() {
    long id = OutreachFixtures.upcoming(activities, 30);
    RawHttp http = new RawHttp(port);
    String page = http.exchange(get("/events/" + id, ""));
    assertThat(page).startsWith("HTTP/1.1 200").doesNotContain(EVIL);
    Matcher session = SESSION.matcher(page);
    assertThat(session.find()).isTrue();
    String email = "host-" + UUID.randomUUID() + "@example.com";
    String form =
        "name=Host+Tester&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&_csrf="
            + RawHttp.csrfOf(page);
    String registered =
        http.exchange(
            "POST /events/"
                + id
                + " HTTP/1.0\r\nHost: "
                + EVIL
                + "\r\nCookie: "
                + session.group(1)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.length()
                + "\r\n\r\n"
                + form);
    assertThat(registered).startsWith("HTTP/1.1 302");
    assertThat(header(registered, "Location")).startsWith("/events/");
    assertThat(registered).doesNotContain(EVIL);
    List<String> bodies = mailedTo(email);
    assertThat(bodies).isNotEmpty();
    assertThat(bodies)
        .allSatisfy(
            body ->
                assertThat(body)
                    .doesNotContain(EVIL)
                    .contains("http://localhost:8080/events/registrations/"));
  }

  /** The mails queued to this address: written with the registration, so there by now. */
  private List<String> mailedTo(String email) {
    return jdbc.sql("select body from mail_outbox where recipient = ?")
        .param(email)
        .query(String.class)
        .list();
  }

  private static String get(String path, String headers) {
    return "GET " + path + " HTTP/1.0\r\nHost: " + EVIL + "\r\n" + headers + "\r\n";
  }

  private static String header(String answer, String name) {
    return answer
        .lines()
        .takeWhile(line -> !line.isEmpty())
        .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
        .map(line -> line.substring(name.length() + 1).strip())
        .findFirst()
        .orElse("");
  }
}
