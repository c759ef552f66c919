package org.cppp.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.reporting.DashboardChart;
import org.cppp.reporting.JobView;
import org.cppp.reporting.ProgressReport;
import org.cppp.reporting.ProgressReports;
import org.cppp.reporting.ReportFiles;
import org.cppp.reporting.ReportFormat;
import org.cppp.reporting.ReportJobs;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The progress report page, its files and the background jobs that make them. */
@Controller
class ProgressPages {

  private static final String PAGE = "reporting/progress";
  private static final String JOB = "reporting/job";

  private final ProgressReports reports;
  private final ReportFiles files;
  private final ReportJobs jobs;
  private final MessageSource messages;
  private final Clock clock;
  private final Notices notices;

  ProgressPages(
      ProgressReports reports,
      ReportFiles files,
      ReportJobs jobs,
      MessageSource messages,
      Clock clock,
      Notices notices) {
    this.reports = reports;
    this.files = files;
    this.jobs = jobs;
    this.messages = messages;
    this.clock = clock;
    this.notices = notices;
  }

  @GetMapping("/reports")
  String index() {
    return "redirect:/reports/progress";
  }

  @GetMapping("/reports/progress")
  String progress(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
      Model model,
      Locale locale) {
    FinancialYear fy = ReportParams.year(year, LocalDate.now(clock));
    List<FinancialYear> years = new ArrayList<>(reports.years());
    if (!years.contains(fy)) {
      years.add(fy);
    }
    model.addAttribute("years", years);
    model.addAttribute("year", fy.startYear());
    model.addAttribute("asAt", asAt);
    try {
      ProgressReport report = reports.report(fy, asAt);
      model.addAttribute("report", report);
      model.addAttribute("charts", charts(report, locale));
    } catch (RuleViolation violation) {
      notices.failure(model, violation);
    }
    return PAGE;
  }

  @GetMapping("/reports/progress.csv")
  @ResponseBody
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asAt) {
    return ReportParams.download(
        files.render(
            ReportParams.year(year, LocalDate.now(clock)), asAt, ReportFormat.CSV, Locale.ENGLISH));
  }

  @PostMapping("/reports/jobs")
  String startJob(
      @RequestParam Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
      @RequestParam String format,
      @RequestParam(name = "docLang", required = false) String docLang,
      HttpServletRequest request,
      Model model,
      Locale locale) {
    ReportFormat f = ReportFormat.parse(format);
    if (f == null || f == ReportFormat.CSV) {
      throw new RuleViolation("format", "report.format.unknown", format);
    }
    try {
      JobView job =
          jobs.start(
              ReportParams.year(year, LocalDate.now(clock)),
              asAt,
              f,
              docLang == null ? ReportParams.language(locale) : ReportParams.language(docLang));
      if (!HtmxRequest.is(request)) {
        return "redirect:/reports/jobs/" + job.id();
      }
      model.addAttribute("job", job);
    } catch (RuleViolation | StateConflict e) {
      String key = e instanceof RuleViolation v ? v.messageKey() : ((StateConflict) e).messageKey();
      Object[] args =
          e instanceof RuleViolation v ? v.arguments() : ((StateConflict) e).arguments();
      model.addAttribute("jobError", messages.getMessage(key, args, locale));
    }
    return JOB + " :: job";
  }

  @GetMapping("/reports/jobs/{id}")
  String job(@PathVariable String id, HttpServletRequest request, Model model) {
    model.addAttribute("job", jobs.get(id));
    return HtmxRequest.view(request, JOB, "job");
  }

  @GetMapping("/reports/jobs/{id}/file")
  @ResponseBody
  ResponseEntity<byte[]> jobFile(@PathVariable String id) {
    return ReportParams.download(jobs.file(id));
  }

  private List<Map<String, String>> charts(ProgressReport r, Locale locale) {
    List<DashboardChart.Series> approvals = new ArrayList<>();
    for (ProgressReport.ApprovalRow row : r.approvals().rows()) {
      approvals.add(
          new DashboardChart.Series(
              row.scheme().name(),
              "scheme." + row.scheme().name(),
              new ArrayList<Number>(row.byYear())));
    }
    List<DashboardChart> charts =
        List.of(
            new DashboardChart("approvals", "bar", "", true, r.approvals().years(), approvals),
            new DashboardChart(
                "technologies",
                "doughnut",
                "report.technology.",
                false,
                r.demonstrationByTechnology().keySet().stream().map(Enum::name).toList(),
                List.of(
                    new DashboardChart.Series(
                        "projects",
                        "report.chart.projects",
                        new ArrayList<Number>(r.demonstrationByTechnology().values())))),
            new DashboardChart(
                "sectors",
                "bar",
                "sector.",
                false,
                r.sectors().stream().map(ProgressReport.SectorFactories::sector).toList(),
                List.of(
                    new DashboardChart.Series(
                        "factories",
                        "report.chart.factories",
                        r.sectors().stream().map(s -> (Number) s.factories()).toList()))),
            new DashboardChart(
                "providers",
                "doughnut",
                "report.dashboard.base.",
                false,
                r.providers().byBase().keySet().stream().map(Enum::name).toList(),
                List.of(
                    new DashboardChart.Series(
                        "providers",
                        "report.dashboard.series.providers",
                        new ArrayList<Number>(r.providers().byBase().values())))));
    return charts.stream()
        .map(c -> Map.of("id", c.id(), "json", ChartJson.of(c, messages, locale)))
        .toList();
  }
}
