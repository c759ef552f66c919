package org.cppp;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a separate process on its durable embedded database, killed with {@code kill -9}
 * (SIGKILL: no shutdown hook, its PostgreSQL left behind) during a 100,000-row import and during a
 * burst of decisions with mails, and restarted at once: the import is absent or complete, every
 * committed decision's mail arrives exactly once (one outbox row, one {@code Message-ID}; a resend
 * after the kill keeps that id), and no job is left running. Run by failsafe after {@code package}.
 */
class CrashRecoveryProcessTests {

  private static final String ADMIN_PASSWORD = "crash-test-admin-password-1";
  private static final String OFFICER = "officer";
  private static final String DEMO_PASSWORD = "demo-password";
  private static final String FACTORY = "30000001";
  private static final String PROVIDER = "ET-HK-001";
  private static final String APPLICANT_MAIL = "applicant@demo.cppp.hk";
  private static final int IMPORT_ROWS = 100_000;
  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)");
  private static final Pattern PENDING_MAILS =
      Pattern.compile("cppp_mail_outbox\\{state=\"pending\",?\\}\\s+([0-9.]+)");
  private static final Pattern RUNNING_IMPORTS =
      Pattern.compile("cppp_jobs\\{kind=\"import\",state=\"running\",?\\}\\s+([0-9.]+)");

  @TempDir Path dir;
  private GreenMail smtp;
  private Process app;
  private int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void startMailServer() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.destroy();
      try {
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    smtp.stop();
  }

  @Test
  void aProcessKilledDuringAnImportAndAMailBurstRestartsAtOnceWithNothingHalfDoneOrSentTwice()
      throws Exception {
    start(); // first start: migrations and the demo's load
    Path csv = importFile(dir.resolve("applications.csv"));

    // 1. kill -9 during a 100,000-row import
    CompletableFuture<HttpResponse<String>> upload =
        http.sendAsync(
            basic("/api/imports/applications", OFFICER, DEMO_PASSWORD)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    awaitRunningImport();
    kill();
    assertThat(upload.handle((r, e) -> r == null ? 0 : r.statusCode()).get())
        .as("the import was cut off, not answered")
        .isNotEqualTo(200);
    start(); // at once: the old postmaster still holds the folder
    assertThat(count("text=CRASHIMP")).as("the import is absent or complete").isIn(0L, 100_000L);
    awaitNoRunningImport();

    // 2. kill -9 during a burst of decisions, each mailing the factory, officers and provider
    List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger decided = new AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<String> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (int c = 0; c < 4; c++) {
      clients.submit(
          () -> {
            while (!Thread.currentThread().isInterrupted()) {
              try {
                String ref = createAndSubmit();
                started.add(ref);
                post("/api/applications/" + ref + "/screen", "{}");
                decided.incrementAndGet();
              } catch (IOException | IllegalStateException e) {
                failure.compareAndSet(null, e.toString()); // the process is gone, or a refusal
                return null;
              }
            }
            return null;
          });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (decided.get() < 12 && failure.get() == null && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(failure.get()).as("no refusal before the kill").isNull();
    kill(); // decisions and their mails' dispatch in flight
    clients.shutdownNow();
    clients.awaitTermination(30, TimeUnit.SECONDS);
    assertThat(decided.get()).as("decisions before the kill").isGreaterThan(0);
    start();

    Map<String, String> committed = burstApplications();
    assertThat(committed).isNotEmpty();
    Map<String, Set<String>> idsByMail = awaitMailsSettled(committed.size());
    for (Map.Entry<String, String> application : committed.entrySet()) {
      String ref = application.getKey();
      long toApplicant =
          idsByMail.keySet().stream()
              .filter(k -> k.startsWith(APPLICANT_MAIL + " ") && k.contains(ref))
              .count();
      assertThat(toApplicant)
          .as("mails to the applicant about %s, %s", ref, application.getValue())
          .isEqualTo(application.getValue().equals("SCREENING") ? 2 : 1);
    }
    idsByMail.forEach(
        (mail, ids) ->
            assertThat(ids).as("one Message-ID (one outbox row) for %s", mail).hasSize(1));
    awaitNoRunningImport();
  }

  /** The burst's applications after the restart, with their status. */
  private Map<String, String> burstApplications() throws Exception {
    Map<String, String> found = new HashMap<>();
    String page = get("/api/applications?text=Crash%20burst&size=500");
    Matcher m =
        Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\".*?\"status\"\\s*:\\s*\"([A-Z_]+)\"")
            .matcher(page);
    while (m.find()) {
      found.put(m.group(1), m.group(2));
    }
    found.values().removeIf(status -> status.equals("DRAFT"));
    return found;
  }

  /**
   * Waits until no new mail came for a few seconds; answers the distinct Message-IDs per logical
   * mail, keyed "recipient subject".
   */
  private Map<String, Set<String>> awaitMailsSettled(int applications) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    int quiet = 0;
    while (quiet < 3) { // the outbox empty at three polls in a row
      assertThat(System.nanoTime()).as("the outbox emptied").isLessThan(deadline);
      quiet =
          pendingMails() == 0 && smtp.getReceivedMessages().length >= applications ? quiet + 1 : 0;
      Thread.sleep(1000);
    }
    Map<String, Set<String>> ids = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String key = message.getAllRecipients()[0] + " " + message.getSubject();
      ids.computeIfAbsent(key, k -> new HashSet<>()).add(message.getMessageID());
    }
    return ids;
  }

  private String createAndSubmit() throws IOException {
    String created =
        post(
            "/api/applications",
            "{\"factoryBr\":\""
                + FACTORY
                + "\",\"scheme\":\"ON_SITE_ASSESSMENT\",\"providerCode\":\""
                + PROVIDER
                + "\",\"title\":\"Crash burst\",\"quotationRef\":\"Q-1\","
                + "\"costItems\":[{\"description\":\"Assessment\",\"amountHkd\":\"40000.00\"}]}");
    Matcher m = REFERENCE.matcher(created);
    if (!m.find()) {
      throw new IllegalStateException("no reference in " + created);
    }
    post("/api/applications/" + m.group(1) + "/submit", "{}");
    return m.group(1);
  }

  private static Path importFile(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("reference,scheme,br_number,provider_code,total_cost_hkd,submitted_on,status\n");
      for (int i = 0; i < IMPORT_ROWS; i++) {
        out.write(
            String.format("CRASHIMP%06d,ON_SITE_ASSESSMENT,%s,,40000.00,2009-01-05,", i, FACTORY));
        out.write("SUBMITTED\n");
      }
    }
    return file;
  }

  private void awaitRunningImport() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (runningImports() == 0) {
      assertThat(System.nanoTime()).as("the import started").isLessThan(deadline);
      Thread.sleep(100);
    }
    Thread.sleep(1500); // well into it
  }

  private void awaitNoRunningImport() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (runningImports() != 0) {
      assertThat(System.nanoTime()).as("no import job left running").isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  private int pendingMails() throws Exception {
    Matcher m = PENDING_MAILS.matcher(metrics());
    return m.find() ? (int) Double.parseDouble(m.group(1)) : 0;
  }

  private String metrics() throws Exception {
    return http.send(
            basic("/actuator/prometheus", "admin", ADMIN_PASSWORD).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private int runningImports() throws Exception {
    String metrics =
        http.send(
                basic("/actuator/prometheus", "admin", ADMIN_PASSWORD).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = RUNNING_IMPORTS.matcher(metrics);
    return m.find() ? (int) Double.parseDouble(m.group(1)) : 0;
  }

  private long count(String query) throws Exception {
    Matcher m = TOTAL.matcher(get("/api/applications?size=1&" + query));
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            basic(path, OFFICER, DEMO_PASSWORD).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private String post(String path, String json) throws IOException {
    try {
      HttpResponse<String> response =
          http.send(
              basic(path, OFFICER, DEMO_PASSWORD)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(path + ": " + response.statusCode() + response.body());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private HttpRequest.Builder basic(String path, String user, String password) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(120))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** Starts the jar on the test's data folder and waits until it is ready. */
  private void start() throws Exception {
    port = freePort();
    Path jar;
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      jar =
          jars.filter(p -> p.getFileName().toString().matches("cppp-.*\\.jar"))
              .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no jar: run mvn package"));
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-jar",
            jar.toString(),
            "--server.port=" + port,
            "--cppp.data-dir=" + dir.resolve("data"),
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--cppp.mail.dispatch-every=PT0.3S",
            "--cppp.jobs.abandoned-after=PT5S",
            "--cppp.metrics.cache-for=0s",
            "--logging.level.root=WARN");
    builder.environment().put("CPPP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()));
    app = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    while (true) {
      assertThat(app.isAlive()).as("the application runs; see its log " + dir).isTrue();
      assertThat(System.nanoTime()).as("ready in time").isLessThan(deadline);
      try {
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
  }

  /** SIGKILL of the application alone, as a crash: its PostgreSQL is left running. */
  private void kill() throws InterruptedException {
    app.destroyForcibly(); // SIGKILL on Linux
    app.waitFor(30, TimeUnit.SECONDS);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
