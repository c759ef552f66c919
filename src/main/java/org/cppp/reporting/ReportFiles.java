package org.cppp.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Phase;
import org.cppp.shared.FinancialYear;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The progress report as a file: PDF (in a language), XLSX or CSV. */
@Service
public class ReportFiles {

  private final ProgressReports reports;
  private final FundingRules rules;
  private final ProgressPdf pdf;
  private final Clock clock;

  ReportFiles(ProgressReports reports, FundingRules rules, ProgressPdf pdf, Clock clock) {
    this.reports = reports;
    this.rules = rules;
    this.pdf = pdf;
    this.clock = clock;
  }

  /**
   * The report for a year as at a date ({@code null}: the year's end) in a format; the PDF is in
   * {@code locale}'s language.
   */
  @PreAuthorize(ReportingPolicy.READ)
  public ReportFile render(FinancialYear year, LocalDate asAt, ReportFormat format, Locale locale) {
    return render(year, asAt, format, locale, step -> {});
  }

  /** The same, telling {@code progress} each step's key as it starts (then {@code render}). */
  @PreAuthorize(ReportingPolicy.READ)
  public ReportFile render(
      FinancialYear year,
      LocalDate asAt,
      ReportFormat format,
      Locale locale,
      Consumer<String> progress) {
    ProgressReport report = reports.report(year, asAt, progress);
    progress.accept("render");
    String name =
        "cppp-progress-report-"
            + year.startYear()
            + "-"
            + report.asAt()
            + (format == ReportFormat.PDF ? "-" + locale.toLanguageTag() : "")
            + "."
            + format.extension();
    byte[] content =
        switch (format) {
          case CSV -> ProgressCsv.write(report).getBytes(StandardCharsets.UTF_8);
          case XLSX -> ProgressXlsx.write(report);
          case PDF -> pdf.render(report, phaseOn(report.asAt()), LocalDate.now(clock), locale);
        };
    return new ReportFile(name, format.contentType(), content);
  }

  private Phase phaseOn(LocalDate date) {
    return rules.phases().stream().filter(p -> p.covers(date)).findFirst().orElse(null);
  }
}
