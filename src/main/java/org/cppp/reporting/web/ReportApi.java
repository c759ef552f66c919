package org.cppp.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.cppp.reporting.ProgressReport;
import org.cppp.reporting.ProgressReports;
import org.cppp.reporting.ReportFiles;
import org.cppp.reporting.ReportFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The progress report for outside tools: JSON, and the files (CSV, XLSX, PDF) generated at once.
 * {@code year} is the financial year's first calendar year (2011 for 2011/12), {@code asAt} the
 * date the data are taken as at (default: the year's end).
 */
@RestController
@RequestMapping("/api/reports")
class ReportApi {

  private final ProgressReports reports;
  private final ReportFiles files;
  private final Clock clock;

  ReportApi(ProgressReports reports, ReportFiles files, Clock clock) {
    this.reports = reports;
    this.files = files;
    this.clock = clock;
  }

  @GetMapping("/progress")
  ProgressReport progress(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asAt) {
    return reports.report(ReportParams.year(year, LocalDate.now(clock)), asAt);
  }

  @GetMapping("/progress.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asAt) {
    return file(year, asAt, ReportFormat.CSV, Locale.ENGLISH);
  }

  @GetMapping("/progress.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asAt) {
    return file(year, asAt, ReportFormat.XLSX, Locale.ENGLISH);
  }

  @GetMapping("/progress.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
      @RequestParam(required = false) String lang) {
    return file(year, asAt, ReportFormat.PDF, ReportParams.language(lang));
  }

  private ResponseEntity<byte[]> file(
      Integer year, LocalDate asAt, ReportFormat format, Locale locale) {
    return ReportParams.download(
        files.render(ReportParams.year(year, LocalDate.now(clock)), asAt, format, locale));
  }
}
