package org.cppp.platform;

import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cppp.shared.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report and import jobs that run in the background, kept in table {@code background_job} so
 * every instance sees them and a reloaded page finds them again. The instance running a job writes
 * its progress (the module's own JSON) and a heartbeat every second; a job whose instance went
 * silent for {@code cppp.jobs.abandoned-after} is marked failed with the reason {@value
 * #INSTANCE_STOPPED}, at start-up and then every minute by one instance; a stopping instance marks
 * its own unfinished jobs so at once. Finished jobs are kept for {@code cppp.jobs.keep}. Every
 * write is a transaction of its own, so it is seen at once even while the job's own work runs in a
 * long transaction (an import's is rolled back as a whole, its job row stays). Heartbeats are on
 * the database's time, so the instances' clocks need not agree.
 */
@Service
public class BackgroundJobs implements DisposableBean {

  public static final String INSTANCE_STOPPED = "instance-stopped";
  private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final String COLUMNS =
      "id, kind, owner, state, progress, cancel_requested, error, filename, created_at,"
          + " started_at, finished_at";

  /** A job's state. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  /** A stored job (without its file). */
  public record StoredJob(
      String id,
      String kind,
      String owner,
      State state,
      String progress,
      boolean cancelRequested,
      String error,
      String filename,
      Instant createdAt,
      Instant startedAt,
      Instant finishedAt) {

    /** The module's record of its progress, as it was last stored. */
    public <T> T progress(Class<T> type) {
      return JSON.readValue(progress, type);
    }
  }

  /** A job's result file. */
  public record StoredFile(String filename, String contentType, byte[] content) {}

  /** What the instance running a job is asked each second: its progress, and to stop. */
  public interface Live {
    Object progress();

    void cancel();
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate own;
  private final Clock clock;
  private final Duration abandonedAfter;
  private final Duration keep;
  private final String instance =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  private final Map<String, Live> live = new ConcurrentHashMap<>();

  BackgroundJobs(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${cppp.jobs.abandoned-after:PT30S}") Duration abandonedAfter,
      @Value("${cppp.jobs.keep:P1D}") Duration keep) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.abandonedAfter = abandonedAfter;
    this.keep = keep;
  }

  /**
   * Stores a new queued job run by this instance. With {@code singleKey}, a second unfinished job
   * of the same kind and key is refused ({@code conflict}, a message key).
   */
  public void create(
      String id, String kind, String owner, String singleKey, Object progress, String conflict) {
    try {
      own.executeWithoutResult(
          s ->
              jdbc.sql(
                      "insert into background_job (id, kind, owner, single_key, state, progress,"
                          + " instance, heartbeat_at, created_at) values (?, ?, ?, ?, 'QUEUED', ?,"
                          + " ?, now(), ?)")
                  .params(id, kind, owner, singleKey, json(progress), instance, now())
                  .update());
    } catch (DuplicateKeyException e) {
      throw new StateConflict(conflict);
    }
  }

  /** Follows a job this instance runs: its progress is stored and its cancel seen each second. */
  public void track(String id, Live job) {
    live.put(id, job);
  }

  public void running(String id) {
    write(
        "update background_job set state = 'RUNNING', started_at = ? where id = ? and state ="
            + " 'QUEUED'",
        now(),
        id);
  }

  /** The job is done: its final progress, and its file if it made one. */
  public void done(String id, Object progress, StoredFile file) {
    live.remove(id);
    write(
        "update background_job set state = 'DONE', progress = ?, filename = ?, content_type = ?,"
            + " file = ?, finished_at = ? where id = ?",
        json(progress),
        file == null ? null : file.filename(),
        file == null ? null : file.contentType(),
        file == null ? null : file.content(),
        now(),
        id);
  }

  /** The job failed: its last progress and why (a short code or message, cut to 500). */
  public void failed(String id, Object progress, String reason) {
    live.remove(id);
    String text = reason == null ? "" : reason.length() > 500 ? reason.substring(0, 500) : reason;
    write(
        "update background_job set state = 'FAILED', progress = ?, error = ?, finished_at ="
            + " ? where id = ?",
        json(progress),
        text,
        now(),
        id);
  }

  /** Forgets the owner's finished jobs of a kind created before a time. */
  public void forgetFinished(String kind, String owner, Instant createdBefore) {
    write(
        "delete from background_job where kind = ? and owner = ? and state in ('DONE', 'FAILED')"
            + " and created_at < ?",
        kind,
        owner,
        createdBefore.atOffset(ZoneOffset.UTC));
  }

  /** Asks the instance running a job to stop it (seen within a second). */
  public void requestCancel(String id) {
    write("update background_job set cancel_requested = true where id = ?", id);
  }

  public Optional<StoredJob> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from background_job where id = ?")
        .param(id)
        .query(BackgroundJobs::row)
        .optional();
  }

  /** How many jobs of a kind are in a state, on every instance (the metrics' job queue lengths). */
  public long count(String kind, State state) {
    return jdbc.sql("select count(*) from background_job where kind = ? and state = ?")
        .params(kind, state.name())
        .query(Long.class)
        .single();
  }

  /** The owner's most recent job of a kind. */
  public Optional<StoredJob> latest(String kind, String owner) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from background_job where kind = ? and owner = ? order by seq desc limit 1")
        .params(kind, owner)
        .query(BackgroundJobs::row)
        .optional();
  }

  /** A done job's file. */
  public Optional<StoredFile> file(String id) {
    return jdbc.sql(
            "select filename, content_type, file from background_job where id = ? and state ="
                + " 'DONE' and file is not null")
        .param(id)
        .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  /** Stores the progress of this instance's jobs, says they still run, and passes on cancels. */
  @Scheduled(fixedDelayString = "${cppp.jobs.heartbeat-every:PT1S}")
  void heartbeat() {
    if (live.isEmpty()) {
      return;
    }
    live.forEach(
        (id, job) ->
            write(
                "update background_job set progress = ?, heartbeat_at = now() where id = ? and"
                    + " state in ('QUEUED', 'RUNNING')",
                json(job.progress()),
                id));
    List<String> cancelled =
        jdbc.sql(
                "select id from background_job where cancel_requested and state in ('QUEUED',"
                    + " 'RUNNING') and id = any(?)")
            .param(live.keySet().toArray(String[]::new))
            .query(String.class)
            .list();
    cancelled.forEach(id -> Optional.ofNullable(live.get(id)).ifPresent(Live::cancel));
  }

  /** At start-up (before readiness) every job whose instance went silent is failed. */
  @EventListener(ApplicationStartedEvent.class)
  void atStartUp() {
    failAbandoned();
  }

  @Scheduled(fixedDelayString = "${cppp.jobs.sweep-every:PT1M}", initialDelay = 60_000)
  @SchedulerLock(name = "platform.background-jobs-sweep")
  void sweep() {
    failAbandoned();
    write(
        "delete from background_job where finished_at < ?",
        clock.instant().minus(keep).atOffset(ZoneOffset.UTC));
  }

  /** Fails the unfinished jobs whose instance has not said for a while that it still runs them. */
  int failAbandoned() {
    Integer failed =
        own.execute(
            s ->
                jdbc.sql(
                        "update background_job set state = 'FAILED', error = ?, finished_at ="
                            + " ? where state in ('QUEUED', 'RUNNING') and heartbeat_at < now() -"
                            + " make_interval(secs => ?)")
                    .params(INSTANCE_STOPPED, now(), abandonedAfter.toSeconds())
                    .update());
    if (failed != null && failed > 0) {
      log.warn("{} background job(s) of a stopped instance marked failed", failed);
    }
    return failed == null ? 0 : failed;
  }

  /**
   * A stopping instance fails its own unfinished jobs: their threads end with it. Nothing to do (no
   * connection asked for) when none runs.
   */
  @Override
  public void destroy() {
    if (live.isEmpty()) {
      return;
    }
    try {
      write(
          "update background_job set state = 'FAILED', error = ?, finished_at = ? where id ="
              + " any(?) and state in ('QUEUED', 'RUNNING')",
          INSTANCE_STOPPED,
          now(),
          live.keySet().toArray(String[]::new));
    } catch (RuntimeException e) {
      log.warn("Could not mark this instance's background jobs failed: {}", e.toString());
    }
  }

  /** The programme's time, for the times shown and kept; liveness uses the database's. */
  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static String json(Object progress) {
    return JSON.writeValueAsString(progress);
  }

  private void write(String sql, Object... params) {
    own.executeWithoutResult(s -> jdbc.sql(sql).params(params).update());
  }

  private static StoredJob row(ResultSet rs, int n) throws SQLException {
    return new StoredJob(
        rs.getString("id"),
        rs.getString("kind"),
        rs.getString("owner"),
        State.valueOf(rs.getString("state")),
        rs.getString("progress"),
        rs.getBoolean("cancel_requested"),
        rs.getString("error"),
        rs.getString("filename"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
