package org.cppp.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Generates report files in the background on a small pool of its own ({@code
 * cppp.reports.threads}, default 2, with a short queue), so a large report never holds a web thread
 * and report jobs cannot starve other users. Jobs live in memory for an hour; only the user who
 * started a job sees it.
 */
@Service
public class ReportJobs implements DisposableBean {

  static final Duration KEEP = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

  private final ReportFiles files;
  private final ThreadPoolExecutor executor;
  private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();
  private final Clock clock;

  ReportJobs(ReportFiles files, @Value("${cppp.reports.threads:2}") int threads, Clock clock) {
    this.files = files;
    this.clock = clock;
    AtomicInteger counter = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(20),
            r -> {
              Thread t = new Thread(r, "report-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts generating the report for a year as at a date ({@code null}: the year's end) in a
   * format; returns at once. Refuses a year or date the report refuses; a full queue is a conflict.
   */
  @PreAuthorize(ProgressReports.READERS)
  public JobView start(FinancialYear year, LocalDate asAt, ReportFormat format, Locale locale) {
    ProgressReports.checked(year, asAt);
    evictOld();
    ReportJob job =
        new ReportJob(
            CurrentUser.current().username(), year, asAt, format, locale, clock.instant());
    jobs.put(job.id, job);
    try {
      executor.execute(new DelegatingSecurityContextRunnable(() -> run(job)));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id);
      throw new StateConflict("report.job.busy");
    }
    return job.view();
  }

  /** A job of the current user; another's or an unknown one is not found. */
  @PreAuthorize(ProgressReports.READERS)
  public JobView get(String id) {
    return find(id).view();
  }

  /** The finished job's file; not found until it is done. */
  @PreAuthorize(ProgressReports.READERS)
  public ReportFile file(String id) {
    ReportFile file = find(id).file();
    if (file == null) {
      throw new NotFoundException("Report file", id);
    }
    return file;
  }

  private void run(ReportJob job) {
    try {
      job.finish(files.render(job.year, job.asAt, job.format, job.locale, job::step));
      log.info(
          "Report {} {} as at {} ({}) done in {} ms",
          job.format,
          job.year,
          job.asAt,
          job.locale.toLanguageTag(),
          job.view().millis());
    } catch (RuntimeException e) {
      log.error("Report job {} failed", job.id, e);
      job.fail();
    }
  }

  private ReportJob find(String id) {
    ReportJob job = id == null ? null : jobs.get(id);
    if (job == null || !job.owner.equals(CurrentUser.current().username())) {
      throw new NotFoundException("Report job", id);
    }
    return job;
  }

  private void evictOld() {
    Instant limit = clock.instant().minus(KEEP);
    jobs.values().removeIf(j -> j.finished() && j.created.isBefore(limit));
  }

  /** How many of the kept jobs are in the state. */
  long count(JobStatus status) {
    return jobs.values().stream().filter(j -> j.status() == status).count();
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
