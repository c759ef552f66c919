package org.cppp.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cppp.shared.FinancialYear;

/** One report being generated in the background; its state changes under its own lock. */
final class ReportJob {

  static final List<String> STEPS =
      List.of(
          "approvals",
          "technologies",
          "sectors",
          "providers",
          "awareness",
          "publications",
          "committee",
          "recognition",
          "outcomes",
          "render");

  final String id = UUID.randomUUID().toString();
  final String owner;
  final FinancialYear year;
  final java.time.LocalDate asAt;
  final ReportFormat format;
  final Locale locale;
  final Instant created;
  private final long startedNanos = System.nanoTime();
  private JobStatus status = JobStatus.QUEUED;
  private int stepsStarted;
  private ReportFile file;
  private long millis;

  ReportJob(
      String owner,
      FinancialYear year,
      java.time.LocalDate asAt,
      ReportFormat format,
      Locale locale,
      Instant created) {
    this.owner = owner;
    this.year = year;
    this.asAt = asAt;
    this.format = format;
    this.locale = locale;
    this.created = created;
  }

  synchronized void step(String key) {
    status = JobStatus.RUNNING;
    stepsStarted = Math.max(stepsStarted, STEPS.indexOf(key) + 1);
  }

  synchronized void finish(ReportFile result) {
    file = result;
    status = JobStatus.DONE;
    stepsStarted = STEPS.size();
    millis = elapsedMillis();
  }

  synchronized void fail() {
    status = JobStatus.FAILED;
    millis = elapsedMillis();
  }

  /** How long the job has run, on the JVM's monotonic timer (the programme's clock may stand). */
  private long elapsedMillis() {
    return java.time.Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }

  synchronized ReportFile file() {
    return file;
  }

  synchronized JobStatus status() {
    return status;
  }

  synchronized boolean finished() {
    return status == JobStatus.DONE || status == JobStatus.FAILED;
  }

  synchronized JobView view() {
    return new JobView(
        id,
        year.label(),
        format,
        locale.toLanguageTag(),
        status,
        STEPS,
        Math.max(0, stepsStarted - (status == JobStatus.DONE ? 0 : 1)),
        file == null ? null : file.filename(),
        millis);
  }
}
