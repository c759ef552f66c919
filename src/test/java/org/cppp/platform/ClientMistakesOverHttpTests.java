package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.RawHttp;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Malformed requests as a client really sends them, over a real port: Tomcat parses the multipart
 * body and decodes the query string, which MockMvc skips. Each is the client's mistake: a 4xx
 * (problem details on the API, an error page for pages), never a 500, never an ERROR in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, Fixtures.class})
@ExtendWith(OutputCaptureExtension.class)
class ClientMistakesOverHttpTests {

  static final String CUT_OFF_UPLOAD =
      "--cut\r\n"
          + "Content-Disposition: form-data; name=\"kind\"\r\n\r\n"
          + "QUOTATION\r\n"
          + "--cut\r\n"
          + "Content-Disposition: form-data; name=\"file\"; filename=\"q.pdf\"\r\n"
          + "Content-Type: application/pdf\r\n\r\n"
          + "%PDF-1.4 and then the connection dropped";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  RawHttp http;

  @BeforeEach
  void client() {
    http = new RawHttp(port);
  }

  @Test
  void aMultipartTypeWithoutBoundaryOnAJsonEndpointIsUnsupportedMediaType(CapturedOutput log) {
    String officer = accounts.create(Role.OFFICER);
    HttpResponse<String> answer =
        http.send(
            http.api("/api/enquiries/1/answer", officer)
                .header("Content-Type", "multipart/form-data")
                .POST(BodyPublishers.ofString("{\"answer\":\"Yes\"}")));
    assertThat(answer.statusCode()).isEqualTo(415);
    assertProblem(answer);
    assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("\tat ");
  }

  @Test
  void anApiUploadCutOffBeforeItsClosingBoundaryIsABadRequest(CapturedOutput log) {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    HttpResponse<String> answer =
        http.send(
            http.api("/api/applications/CPPP-NONE/documents", applicant)
                .header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(BodyPublishers.ofString(CUT_OFF_UPLOAD)));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertProblem(answer);
    assertThat(answer.body()).contains("closing boundary");
    assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("\tat ");
  }

  @Test
  void aPageUploadCutOffBeforeItsClosingBoundaryIsAnErrorPage(CapturedOutput log) {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    String csrf = http.signIn(applicant);
    HttpResponse<String> answer =
        http.send(
            http.page("/applications/CPPP-NONE/documents")
                .header("Content-Type", "multipart/form-data; boundary=cut")
                .header("X-CSRF-TOKEN", csrf)
                .POST(BodyPublishers.ofString(CUT_OFF_UPLOAD)));
    assertErrorPage(answer, 400);
    assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("\tat ");
  }

  @Test
  void aPageFormCutOffBeforeItsCsrfFieldIsReadIsAnErrorPage(CapturedOutput log) {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    http.signIn(applicant);
    HttpResponse<String> answer =
        http.send(
            http.page("/applications/CPPP-NONE/documents")
                .header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(BodyPublishers.ofString(CUT_OFF_UPLOAD)));
    assertErrorPage(answer, 400);
    assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("\tat ");
  }

  @Test
  void aQueryStringThatIsNotUtf8IsABadRequestLoggedWithoutStackTrace(CapturedOutput log) {
    String officer = accounts.create(Role.OFFICER);
    HttpResponse<String> api = http.send(http.api("/api/factories?city=%ED%A0%80", officer));
    assertThat(api.statusCode()).isEqualTo(400);
    assertProblem(api);
    http.signIn(officer);
    assertErrorPage(http.send(http.page("/factories?city=%ED%A0%80")), 400);
    assertThat(log.getOut()).contains("WARN").doesNotContain(" ERROR ").doesNotContain("\tat ");
  }

  private static void assertErrorPage(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(answer.body()).contains("could not be read").doesNotContain("Exception");
  }

  private static void assertProblem(HttpResponse<String> answer) {
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body())
        .contains("\"status\":" + answer.statusCode())
        .doesNotContain("Exception");
  }
}
