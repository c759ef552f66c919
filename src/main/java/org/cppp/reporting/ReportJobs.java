package org.cppp.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.identity.CurrentUser;
import org.cppp.platform.BackgroundJobs;
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
 * and report jobs cannot starve other users. Each job and its finished file are stored ({@link
 * BackgroundJobs}), so the page finds them on any instance and after a reload; a job whose instance
 * stopped is shown failed. A finished job is forgotten an hour after it started (on the programme's
 * clock, when its owner starts another). Only the user who started a job sees it.
 */
@Service
public class ReportJobs implements DisposableBean {

  static final String KIND = "report";
  static final Duration KEEP = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

  private final ReportFiles files;
  private final ThreadPoolExecutor executor;
  private final Map<String, ReportJob> running = new ConcurrentHashMap<>();
  private final BackgroundJobs stored;
  private final Clock clock;

  ReportJobs(
      ReportFiles files,
      BackgroundJobs stored,
      @Value("${cppp.reports.threads:2}") int threads,
      Clock clock) {
    this.files = files;
    this.stored = stored;
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
  @PreAuthorize(ReportingPolicy.READ)
  public JobView start(FinancialYear year, LocalDate asAt, ReportFormat format, Locale locale) {
    ProgressReports.checked(year, asAt);
    ReportJob job = new ReportJob(CurrentUser.current().username(), year, asAt, format, locale);
    stored.forgetFinished(KIND, job.owner, clock.instant().minus(KEEP));
    stored.create(job.id, KIND, job.owner, null, job.view(), "report.job.busy");
    running.put(job.id, job);
    stored.track(job.id, new Tracked(job));
    try {
      executor.execute(new DelegatingSecurityContextRunnable(() -> run(job)));
    } catch (RejectedExecutionException e) {
      running.remove(job.id);
      stored.failed(job.id, job.view(), "busy");
      throw new StateConflict("report.job.busy");
    }
    return job.view();
  }

  /** A job of the current user; another's or an unknown one is not found. */
  @PreAuthorize(ReportingPolicy.READ)
  public JobView get(String id) {
    ReportJob job = runningJob(id);
    return job != null ? job.view() : storedJob(id).view();
  }

  /** The finished job's file; not found until it is done. */
  @PreAuthorize(ReportingPolicy.READ)
  public ReportFile file(String id) {
    ReportJob job = runningJob(id);
    ReportFile file =
        job != null
            ? job.file()
            : stored
                .file(storedJob(id).id())
                .map(f -> new ReportFile(f.filename(), f.contentType(), f.content()))
                .orElse(null);
    if (file == null) {
      throw new NotFoundException("Report file", id);
    }
    return file;
  }

  private void run(ReportJob job) {
    try {
      stored.running(job.id);
      ReportFile file = files.render(job.year, job.asAt, job.format, job.locale, job::step);
      job.finish(file);
      stored.done(
          job.id,
          job.view(),
          new BackgroundJobs.StoredFile(file.filename(), file.contentType(), file.content()));
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
      stored.failed(job.id, job.view(), e.toString());
    } finally {
      running.remove(job.id);
    }
  }

  /** The current user's job while it runs on this instance, or null. */
  private ReportJob runningJob(String id) {
    ReportJob job = id == null ? null : running.get(id);
    return job != null && job.owner.equals(CurrentUser.current().username()) ? job : null;
  }

  /** The current user's job as stored: failed if its instance stopped before it finished. */
  private StoredReport storedJob(String id) {
    return (id == null ? Optional.<BackgroundJobs.StoredJob>empty() : stored.find(id))
        .filter(j -> j.kind().equals(KIND) && j.owner().equals(CurrentUser.current().username()))
        .map(StoredReport::new)
        .orElseThrow(() -> new NotFoundException("Report job", id));
  }

  private record StoredReport(BackgroundJobs.StoredJob row) {
    String id() {
      return row.id();
    }

    JobView view() {
      JobView last = row.progress(JobView.class);
      if (row.state() != BackgroundJobs.State.FAILED || last.status() == JobStatus.FAILED) {
        return last;
      }
      return new JobView(
          last.id(),
          last.financialYear(),
          last.format(),
          last.language(),
          JobStatus.FAILED,
          last.steps(),
          last.stepsDone(),
          null,
          last.millis());
    }
  }

  /** What the stored row shows of a job running here; reports cannot be cancelled. */
  private record Tracked(ReportJob job) implements BackgroundJobs.Live {
    @Override
    public Object progress() {
      return job.view();
    }

    @Override
    public void cancel() {
      // a report runs to its end
    }
  }

  /** How many report jobs are in the state, on every instance. */
  long count(BackgroundJobs.State state) {
    return stored.count(KIND, state);
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
