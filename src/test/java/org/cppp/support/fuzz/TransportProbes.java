package org.cppp.support.fuzz;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.cppp.support.RawHttp;
import org.cppp.support.fuzz.ApiOperations.Operation;
import org.cppp.support.fuzz.ProbeRunner.Actor;

/**
 * The bad input only a real HTTP server sees, sent over a port with HTTP Basic ({@link RawHttp}):
 * multipart without a boundary or cut off before its closing boundary, and invalid UTF-8 in the
 * query string (MockMvc parses none of these as Tomcat does).
 */
public final class TransportProbes {

  private static final String CUT_OFF =
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\nabc";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final RawHttp http;
  private final Findings findings;
  private int sent;

  public TransportProbes(int port, Findings findings) {
    this.http = new RawHttp(port);
    this.findings = findings;
  }

  public int sent() {
    return sent;
  }

  /** Sends the operation's transport-level bad requests as this actor. */
  public void send(Operation operation, Map<String, String> path, Actor actor) {
    String uri = ProbeRunner.uri(operation.path(), path).toString();
    String param = operation.queryParams().isEmpty() ? "q" : operation.queryParams().get(0).name();
    send(operation, actor, uri + "?" + param + "=%ED%A0%80", null, null, "invalid UTF-8 query");
    if (operation.isGet()) {
      send(
          operation, actor, uri + "?" + param + "=" + BadInputs.MEGABYTE, null, null, "1 MB query");
    } else {
      send(operation, actor, uri, "multipart/form-data", "x", "multipart without boundary");
      send(
          operation, actor, uri, "multipart/form-data; boundary=XyZ", CUT_OFF, "cut-off multipart");
    }
  }

  private void send(
      Operation operation, Actor actor, String uri, String type, String body, String input) {
    HttpRequest.Builder request =
        http.api(uri, actor.username())
            .timeout(TIMEOUT)
            .method(
                operation.method(),
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    String example = actor.name() + " sent " + input + " over HTTP";
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request);
      long millis = (System.nanoTime() - start) / 1_000_000;
      findings.check(
          operation.name(), example, response.statusCode(), null, response.body(), millis);
    } catch (RuntimeException failed) {
      findings.add(operation.name(), "no answer", ProbeRunner.describe(failed), example);
    }
    sent++;
  }
}
