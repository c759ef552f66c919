package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.cppp.identity.Role;
import org.cppp.reporting.JobStatus;
import org.cppp.reporting.JobView;
import org.cppp.reporting.ReportFormat;
import org.cppp.reporting.ReportJobs;
import org.cppp.shared.FinancialYear;
import org.cppp.support.RawHttp;
import org.cppp.support.TestAccounts;
import org.cppp.support.TwoInstances;
import org.cppp.support.TwoInstances.LockedCounter;
import org.cppp.support.TwoInstances.Probe;
import org.cppp.support.TwoInstances.ProbeListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances on one database (two application contexts in this JVM): what one does, the other
 * sees; what must happen once happens once.
 */
class TwoInstancesTests {

  static TwoInstances instances;
  static ConfigurableApplicationContext first;
  static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() {
    instances = TwoInstances.get();
    first = instances.first();
    second = instances.second();
  }

  @Test
  void aSessionStartedOnOneInstanceIsUsedOnTheOther() {
    String officer = first.getBean(TestAccounts.class).create(Role.OFFICER);
    RawHttp onFirst = new RawHttp(TwoInstances.port(first));
    onFirst.signIn(officer);
    RawHttp onSecond = onFirst.at(TwoInstances.port(second));

    HttpResponse<String> dashboard = onSecond.send(onSecond.page("/dashboard"));

    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains(officer);
    HttpResponse<String> stranger =
        new RawHttp(TwoInstances.port(second)).send(onSecond.page("/dashboard"));
    assertThat(stranger.statusCode()).isEqualTo(302);
  }

  @Test
  void aLockedScheduledJobRunsOnceAcrossBothInstances() throws Exception {
    waitFor(() -> ticks("first") > 5 && ticks("second") > 5);
    int locked = LockedCounter.LOCKED_RUNS.values().stream().mapToInt(c -> c.get()).sum();
    assertThat(locked).isEqualTo(1);
  }

  @Test
  void aReportStartedOnOneInstanceIsFollowedAndDownloadedOnTheOther() throws Exception {
    ReportJobs onFirst = first.getBean(ReportJobs.class);
    ReportJobs onSecond = second.getBean(ReportJobs.class);
    JobView started =
        SystemActor.call(
            () -> onFirst.start(FinancialYear.of(2011), null, ReportFormat.CSV, Locale.ENGLISH));

    waitFor(() -> SystemActor.call(() -> onSecond.get(started.id())).finished());

    JobView seen = SystemActor.call(() -> onSecond.get(started.id()));
    assertThat(seen.status()).isEqualTo(JobStatus.DONE);
    assertThat(SystemActor.call(() -> onSecond.file(started.id())).content()).isNotEmpty();
  }

  @Test
  void aJobLeftRunningByAStoppedInstanceIsFailedAtStartUpAndALiveOneIsNot() {
    JdbcClient jdbc = second.getBean(JdbcClient.class);
    assertThat(state(jdbc, TwoInstances.ABANDONED_JOB)).isEqualTo("FAILED instance-stopped");
    assertThat(state(jdbc, TwoInstances.LIVE_JOB)).isEqualTo("RUNNING null");
    ReportJobs reports = first.getBean(ReportJobs.class);
    assertThat(SystemActor.call(() -> reports.get(TwoInstances.ABANDONED_JOB)).status())
        .isEqualTo(JobStatus.FAILED);
  }

  @Test
  void anEventWhoseListenerThrewIsResubmittedAndCompletesOnTheOtherInstance() throws Exception {
    String id = UUID.randomUUID().toString();
    JdbcClient jdbc = first.getBean(JdbcClient.class);
    first
        .getBean(TransactionTemplate.class)
        .executeWithoutResult(s -> first.publishEvent(new Probe(id)));
    waitFor(() -> "FAILED".equals(publicationStatus(jdbc, id)));
    assertThat(ProbeListener.ATTEMPTS.get(id)).containsExactly("first");

    second.getBean(EventResubmission.class).resubmitFailed();

    waitFor(() -> "COMPLETED".equals(publicationStatus(jdbc, id)));
    assertThat(ProbeListener.ATTEMPTS.get(id)).containsExactly("first", "second");
    assertThat(
            jdbc.sql(
                    "select completion_date is not null from event_publication where"
                        + " serialized_event like ?")
                .param("%" + id + "%")
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  private static int ticks(String instance) {
    java.util.concurrent.atomic.AtomicInteger ticks = LockedCounter.TICKS.get(instance);
    return ticks == null ? 0 : ticks.get();
  }

  private static String publicationStatus(JdbcClient jdbc, String probeId) {
    return jdbc.sql("select status from event_publication where serialized_event like ?")
        .param("%" + probeId + "%")
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static String state(JdbcClient jdbc, String id) {
    return jdbc.sql(
            "select state || ' ' || coalesce(error, 'null') from background_job where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within 60 s");
      }
      Thread.sleep(100);
    }
  }
}
