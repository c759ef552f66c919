package org.cppp.support.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends probes through MockMvc as an actor and has {@link Findings} check every answer; keeps how
 * long each operation took.
 */
public final class ProbeRunner {

  /**
   * Who sends a request: a name for the report, the account (for HTTP Basic over a port) and how a
   * MockMvc request is signed.
   */
  public record Actor(String name, String username, RequestPostProcessor auth) {}

  /** The answer: status, time taken and the body (empty unless text). */
  public record Outcome(int status, long millis, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** Refused before the handler: not signed in or not allowed. */
    public boolean refused() {
      return status == 401 || status == 403;
    }
  }

  private final MockMvc mvc;
  private final Findings findings;
  private final Map<String, long[]> timings = new HashMap<>();
  private int sent;

  public ProbeRunner(MockMvc mvc, Findings findings) {
    this.mvc = mvc;
    this.findings = findings;
  }

  public int sent() {
    return sent;
  }

  /** How long the server took to answer them all, in milliseconds. */
  public long answering() {
    return timings.values().stream().mapToLong(t -> t[1]).sum();
  }

  /** Sends the probe with these path values (the probe's own override them) and checks it. */
  public Outcome send(Probe probe, Actor actor, Map<String, String> path) {
    long start = System.nanoTime();
    String error = null;
    Outcome outcome;
    try {
      MvcResult result = mvc.perform(build(probe, actor, path)).andReturn();
      MockHttpServletResponse response = result.getResponse();
      outcome = new Outcome(response.getStatus(), millisSince(start), text(response));
      // Only a server error's cause is reported, and describing one is not free (a stack trace).
      if (result.getResolvedException() != null && outcome.status() >= 500) {
        error = describe(result.getResolvedException());
      }
    } catch (Exception thrown) {
      outcome = new Outcome(500, millisSince(start), "");
      error = "thrown " + describe(thrown);
    }
    sent++;
    String operation = probe.operation().name();
    long[] timing = timings.computeIfAbsent(operation, k -> new long[3]);
    timing[0]++;
    timing[1] += outcome.millis();
    timing[2] = Math.max(timing[2], outcome.millis());
    findings.check(
        operation,
        actor.name() + " sent " + probe.input(),
        outcome.status(),
        error,
        outcome.body(),
        outcome.millis());
    return outcome;
  }

  /** The operations that took longest in all: requests, total and slowest time. */
  public String slowest(int count) {
    StringBuilder text = new StringBuilder();
    timings.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .limit(count)
        .forEach(
            e ->
                text.append(
                    String.format(
                        "%n  %-55s %5d requests, %6d ms in all, slowest %5d ms",
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])));
    return text.toString();
  }

  private static AbstractMockHttpServletRequestBuilder<?> build(
      Probe probe, Actor actor, Map<String, String> path) {
    HttpMethod method = HttpMethod.valueOf(probe.operation().method());
    URI uri = probe.uri(path);
    AbstractMockHttpServletRequestBuilder<?> request;
    if (probe.file() != null || probe.isUpload() && probe.body() == null) {
      MockMultipartHttpServletRequestBuilder upload = multipart(method, uri);
      if (probe.file() != null) {
        Probe.FilePart file = probe.file();
        upload.file(
            new MockMultipartFile(
                file.part(), file.filename(), file.contentType(), file.content()));
      }
      request = upload;
    } else {
      MockHttpServletRequestBuilder plain = request(method, uri);
      if (probe.contentType() != null) {
        plain.contentType(probe.contentType());
      }
      if (probe.body() != null) {
        plain.content(probe.body());
      }
      request = plain;
    }
    probe.query().forEach(param -> request.param(param.getKey(), param.getValue()));
    return request.with(actor.auth());
  }

  private static String text(MockHttpServletResponse response) {
    String type = response.getContentType();
    if (type != null && !type.matches("(?i).*(json|text|xml|csv|html).*")) {
      return "";
    }
    return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
  }

  /** The root cause's class, message and where it was thrown in CPPP's code, if it was. */
  static String describe(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String at = "";
    for (StackTraceElement frame : cause.getStackTrace()) {
      if (frame.getClassName().startsWith("org.cppp.")) {
        at = " at " + frame.getClassName().replaceAll(".*\\.", "") + "." + frame.getMethodName();
        break;
      }
    }
    return cause.getClass().getSimpleName() + ": " + ErrorLog.firstLine(cause.getMessage()) + at;
  }

  static URI uri(String template, Map<String, String> path) {
    return UriComponentsBuilder.fromPath(template).encode().buildAndExpand(path).toUri();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
