package org.cppp.support.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.cppp.support.fuzz.ApiOperations.Operation;

/**
 * The bad input only a real HTTP server sees, sent over a port with HTTP Basic: multipart without a
 * boundary or cut off before its closing boundary, and invalid UTF-8 in the query string (MockMvc
 * parses none of these as Tomcat does).
 */
public final class TransportProbes {

  /** A user over HTTP: who they are in the report, username and password. */
  public record Credentials(String role, String username, String password) {}

  private static final String CUT_OFF =
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\nabc";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final int port;
  private final Findings findings;
  private int sent;

  public TransportProbes(int port, Findings findings) {
    this.port = port;
    this.findings = findings;
  }

  public int sent() {
    return sent;
  }

  /** Sends the operation's transport-level bad requests as this user. */
  public void send(Operation operation, Map<String, String> path, Credentials user) {
    String uri = ProbeRunner.uri(operation.path(), path).toString();
    String param = operation.queryParams().isEmpty() ? "q" : operation.queryParams().get(0).name();
    send(operation, user, uri + "?" + param + "=%ED%A0%80", null, null, "invalid UTF-8 query");
    if (operation.isGet()) {
      send(operation, user, uri + "?" + param + "=" + BadInputs.MEGABYTE, null, null, "1 MB query");
    } else {
      send(operation, user, uri, "multipart/form-data", "x", "multipart without boundary");
      send(operation, user, uri, "multipart/form-data; boundary=XyZ", CUT_OFF, "cut-off multipart");
    }
  }

  private void send(
      Operation operation, Credentials user, String uri, String type, String body, String input) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
            .timeout(TIMEOUT)
            .header("Authorization", "Basic " + basic)
            .method(
                operation.method(),
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    String example = user.role() + " sent " + input + " over HTTP";
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      findings.check(
          operation.name(), example, response.statusCode(), null, response.body(), millis);
    } catch (Exception failed) {
      findings.add(operation.name(), "no answer", ProbeRunner.describe(failed), example);
    }
    sent++;
  }
}
