package org.cppp.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.CpppApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two instances of the application in this JVM, each with its own web server on a free port,
 * sharing one PostgreSQL (the first's embedded one; the second is configured with its URL as a
 * server would be), as two instances behind a load balancer. Started once for the JVM, on first
 * use, and closed with it. Before the second starts, {@link #ABANDONED_JOB} is stored as a job left
 * running by an instance that died an hour ago, and {@link #LIVE_JOB} as one whose instance still
 * beats.
 */
public final class TwoInstances {

  public static final String ABANDONED_JOB = "00000000-0000-0000-0000-0000000dead1";
  public static final String LIVE_JOB = "00000000-0000-0000-0000-00000000a11e";
  private static final String INSTANCE = "cppp.test.instance";

  private static TwoInstances started;

  private final ConfigurableApplicationContext first;
  private final ConfigurableApplicationContext second;

  private TwoInstances() {
    first = start(Map.of(INSTANCE, "first", "server.port", "0"));
    EmbeddedPostgres postgres = first.getBean(EmbeddedPostgres.class);
    storeJobsOfOtherInstances(first.getBean(JdbcClient.class));
    second =
        start(
            Map.of(
                "spring.datasource.url",
                postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username",
                "postgres",
                "spring.datasource.hikari.maximum-pool-size",
                "40",
                INSTANCE,
                "second",
                "server.port",
                "0"));
  }

  /** The two instances, started on first call. */
  public static synchronized TwoInstances get() {
    if (started == null) {
      started = new TwoInstances();
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return started;
  }

  public ConfigurableApplicationContext first() {
    return first;
  }

  public ConfigurableApplicationContext second() {
    return second;
  }

  public static int port(ConfigurableApplicationContext instance) {
    return ((WebServerApplicationContext) instance).getWebServer().getPort();
  }

  private static ConfigurableApplicationContext start(Map<String, Object> properties) {
    return new SpringApplicationBuilder(
            CpppApplication.class,
            TestClock.class,
            TestAccounts.class,
            LockedCounter.class,
            ProbeListener.class)
        // closed by this class, the second before the first whose database it uses
        .registerShutdownHook(false)
        .run(
            properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new));
  }

  private static void storeJobsOfOtherInstances(JdbcClient jdbc) {
    String insert =
        "insert into background_job (id, kind, owner, state, progress, instance, heartbeat_at,"
            + " created_at, started_at) values (?, 'report', 'system', 'RUNNING', ?, ?, now()"
            + " - make_interval(secs => ?), now(), now())";
    String progress =
        "{\"id\":\"%s\",\"financialYear\":\"2011/12\",\"format\":\"PDF\","
            + "\"language\":\"en\",\"status\":\"RUNNING\",\"steps\":[\"approvals\"],"
            + "\"stepsDone\":0,\"millis\":0}";
    jdbc.sql(insert)
        .params(ABANDONED_JOB, progress.formatted(ABANDONED_JOB), "dead-instance", 3600)
        .update();
    // its instance beat "just now" as far as any start-up in this run can tell
    jdbc.sql(insert).params(LIVE_JOB, progress.formatted(LIVE_JOB), "live-instance", -600).update();
  }

  /**
   * A scheduled job on both instances, every 100 ms: the locked one (held an hour) runs once across
   * both; the unlocked tick shows that both schedulers fire.
   */
  public static class LockedCounter {

    public static final Map<String, AtomicInteger> LOCKED_RUNS = new ConcurrentHashMap<>();
    public static final Map<String, AtomicInteger> TICKS = new ConcurrentHashMap<>();

    private final String instance;

    LockedCounter(@Value("${" + INSTANCE + "}") String instance) {
      this.instance = instance;
    }

    @Scheduled(fixedDelay = 100)
    @SchedulerLock(name = "test.locked-counter", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
    void run() {
      LOCKED_RUNS.computeIfAbsent(instance, i -> new AtomicInteger()).incrementAndGet();
    }

    @Scheduled(fixedDelay = 100)
    void tick() {
      TICKS.computeIfAbsent(instance, i -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** A module event for {@link ProbeListener}. */
  public record Probe(String id) {}

  /** A module listener whose first attempt for each probe throws; it counts who handled what. */
  public static class ProbeListener {

    public static final Map<String, List<String>> ATTEMPTS = new ConcurrentHashMap<>();

    private final String instance;

    ProbeListener(@Value("${" + INSTANCE + "}") String instance) {
      this.instance = instance;
    }

    @ApplicationModuleListener
    void on(Probe probe) {
      List<String> attempts =
          ATTEMPTS.computeIfAbsent(probe.id(), id -> new CopyOnWriteArrayList<>());
      attempts.add(instance);
      if (attempts.size() == 1) {
        throw new IllegalStateException("the first attempt fails");
      }
    }
  }

  private void close() {
    second.close();
    first.close();
  }
}
