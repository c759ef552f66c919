package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.CpppApplication;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.Decision;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A backup taken with {@code pg_dump} (custom format) while officers submit and decide applications
 * restores with {@code pg_restore} into a fresh PostgreSQL as a consistent programme: what the
 * budget committed is what the approved applications commit, each application's audit trail is
 * there, Flyway's history is intact, and CPPP starts on it and computes the report (README "Backup
 * and restore"). Skipped when no {@code pg_dump} of PostgreSQL 14 or later is installed ({@code
 * .ci/run} installs Debian's {@code postgresql-client}).
 */
@IntegrationTest
class BackupRestoreTests {

  @Autowired EmbeddedPostgres postgres;
  @Autowired FundingApplications applications;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired TestAccounts accounts;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void aDumpTakenWhileApplicationsAreDecidedRestoresToAConsistentProgramme() throws Exception {
    PgTools tools = PgTools.find(serverMajor());
    assumeTrue(tools != null, "no pg_dump/pg_restore >= the embedded server's major version");
    String officer = accounts.create(Role.OFFICER);
    long authority = committee.inForce("10000000.00", Scheme.ON_SITE_ASSESSMENT).id();
    Set<String> refs = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger decided = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int thread = t;
      workers.add(
          pool.submit(
              () -> {
                for (int i = 0; !stop.get(); i++) {
                  String ref = ready();
                  refs.add(ref);
                  decide(ref, (i + thread) % 3 == 0, authority);
                  decided.incrementAndGet();
                }
                return null;
              }));
    }
    await(() -> decided.get() >= 6);
    Path dump = Files.createTempFile("cppp-backup", ".dump");
    int before = decided.get();
    tools.run(
        "pg_dump",
        "-Fc",
        "-h",
        "localhost",
        "-p",
        port(),
        "-U",
        "postgres",
        "-f",
        dump,
        "postgres");
    int during = decided.get() - before;
    await(() -> decided.get() >= before + during + 3);
    stop.set(true);
    for (Future<?> worker : workers) {
      worker.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().start()) {
      tools.run(
          "pg_restore",
          "--no-owner",
          "--exit-on-error",
          "-h",
          "localhost",
          "-p",
          String.valueOf(fresh.getPort()),
          "-U",
          "postgres",
          "-d",
          "postgres",
          dump);
      JdbcClient restored =
          JdbcClient.create(
              new SingleConnectionDataSource(fresh.getJdbcUrl("postgres", "postgres"), true));
      List<String> kept =
          restored
              .sql("select reference from funding_application where reference = any(?)")
              .param(refs.toArray(String[]::new))
              .query(String.class)
              .list();
      assertThat(kept).as("applications decided before the dump").hasSizeGreaterThanOrEqualTo(6);
      assertCommittedIsWhatApprovalsCommit(restored, kept);
      assertEveryMoveIsAudited(restored, kept);
      assertThat(history(restored)).isEqualTo(history(jdbc));
      // the README's restore into a fresh data folder: over a database that already has the schema
      tools.run(
          "pg_restore",
          "--clean",
          "--if-exists",
          "--no-owner",
          "--exit-on-error",
          "-h",
          "localhost",
          "-p",
          String.valueOf(fresh.getPort()),
          "-U",
          "postgres",
          "-d",
          "postgres",
          dump);
      assertThat(history(restored)).isEqualTo(history(jdbc));
      assertCpppStartsAndReports(fresh, officer);
    } finally {
      Files.deleteIfExists(dump);
    }
  }

  private String ready() {
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    return SystemActor.call(
        () -> {
          var draft =
              new ApplicationDraft(
                  provider,
                  "Backup fixture",
                  "",
                  "Q-1",
                  List.of(new ApplicationDraft.Line("Audit", new BigDecimal("30000.00"))),
                  TechnologyCategory.ENERGY_SAVING,
                  "Less fuel",
                  null,
                  "");
          String ref = applications.create(br, Scheme.ON_SITE_ASSESSMENT, draft).reference();
          applications.submit(ref);
          applications.act(ref, ApplicationAction.SCREEN, ActionInput.none());
          applications.act(ref, ApplicationAction.READY, new ActionInput("Checked", null, null));
          return ref;
        });
  }

  private void decide(String ref, boolean reject, long authority) {
    SystemActor.run(
        () ->
            applications.decide(
                ref,
                new Decision(
                    reject ? DecisionOutcome.REJECTED : DecisionOutcome.APPROVED,
                    clock.today(),
                    null,
                    reject ? "Not eligible" : "",
                    DecisionAuthority.delegated(authority))));
  }

  private static void assertCommittedIsWhatApprovalsCommit(JdbcClient db, List<String> refs) {
    List<Map<String, Object>> rows =
        db.sql(
                "select a.reference, a.status, coalesce(a.approved_amount_hkd, 0) as approved,"
                    + " coalesce(sum(case e.kind when 'COMMIT' then e.amount_hkd"
                    + " when 'RELEASE' then -e.amount_hkd else 0 end), 0) as committed"
                    + " from funding_application a left join budget_entry e"
                    + " on e.application_ref = a.reference where a.reference = any(?)"
                    + " group by a.reference, a.status, a.approved_amount_hkd")
            .param(refs.toArray(String[]::new))
            .query()
            .listOfRows();
    assertThat(rows).anyMatch(r -> "APPROVED".equals(r.get("status")));
    assertThat(rows).anyMatch(r -> "REJECTED".equals(r.get("status")));
    for (Map<String, Object> row : rows) {
      BigDecimal expected =
          "APPROVED".equals(row.get("status")) ? (BigDecimal) row.get("approved") : BigDecimal.ZERO;
      assertThat((BigDecimal) row.get("committed"))
          .as(row.toString())
          .isEqualByComparingTo(expected);
    }
  }

  private static void assertEveryMoveIsAudited(JdbcClient db, List<String> refs) {
    List<Map<String, Object>> missing =
        db
            .sql(
                "select a.reference, (select count(*) from application_status_change c"
                    + " where c.application_id = a.id) as moves, (select count(*) from audit_event"
                    + " e where e.subject_type = 'application' and e.subject_id = a.reference)"
                    + " as audited from funding_application a where a.reference = any(?)")
            .param(refs.toArray(String[]::new))
            .query()
            .listOfRows()
            .stream()
            .filter(
                r ->
                    ((Number) r.get("audited")).longValue() < ((Number) r.get("moves")).longValue())
            .toList();
    assertThat(missing).isEmpty();
  }

  private static List<Map<String, Object>> history(JdbcClient db) {
    return db.sql(
            "select version, checksum, success from flyway_schema_history order by installed_rank")
        .query()
        .listOfRows();
  }

  private static void assertCpppStartsAndReports(EmbeddedPostgres fresh, String officer)
      throws Exception {
    try (ConfigurableApplicationContext restored =
        new SpringApplicationBuilder(CpppApplication.class, TestClock.class)
            .registerShutdownHook(false)
            .run(
                "--spring.datasource.url=" + fresh.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--server.port=0")) {
      int port = ((WebServerApplicationContext) restored).getWebServer().getPort();
      String basic =
          Base64.getEncoder()
              .encodeToString(
                  (officer + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> report =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://localhost:" + port + "/api/reports/progress?year=2011"))
                      .header("Authorization", "Basic " + basic)
                      .timeout(Duration.ofMinutes(2))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.body()).contains("\"financialYear\":\"2011/12\"");
    }
  }

  private int serverMajor() {
    return jdbc.sql("show server_version_num").query(Integer.class).single() / 10000;
  }

  private String port() {
    return String.valueOf(postgres.getPort());
  }

  private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the workers made no progress");
      }
      Thread.sleep(50);
    }
  }
}
