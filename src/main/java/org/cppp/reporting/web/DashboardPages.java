package org.cppp.reporting.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.funding.BudgetSummary;
import org.cppp.platform.Attachments;
import org.cppp.platform.CsvSheet;
import org.cppp.reporting.ReportDashboard;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The officers' and EPD's dashboard, each chart's data downloadable as CSV. */
@Controller
class DashboardPages {

  /** The most overdue work shown on the dashboard; the rest is on the time limits page and CSV. */
  private static final int OVERDUE_SHOWN = 20;

  private final ReportDashboard dashboard;
  private final MessageSource messages;

  DashboardPages(ReportDashboard dashboard, MessageSource messages) {
    this.dashboard = dashboard;
    this.messages = messages;
  }

  @GetMapping("/reports/dashboard")
  String show(Model model, Locale locale) {
    List<Map<String, String>> charts =
        ReportDashboard.CHARTS.stream()
            .map(
                id -> Map.of("id", id, "json", ChartJson.of(dashboard.chart(id), messages, locale)))
            .toList();
    model.addAttribute("charts", charts);
    BudgetSummary budget = dashboard.budget();
    Map<String, BigDecimal> tiles = new LinkedHashMap<>();
    tiles.put("budget", budget.budgetHkd());
    tiles.put("committed", budget.committedHkd());
    tiles.put("paid", budget.paidHkd());
    tiles.put("available", budget.availableHkd());
    model.addAttribute("budgetTiles", tiles);
    model.addAttribute("overdue", dashboard.overdue(PageRequest.of(0, OVERDUE_SHOWN)));
    return "reporting/dashboard";
  }

  @GetMapping("/reports/dashboard/{chart}.csv")
  @ResponseBody
  ResponseEntity<byte[]> csv(@PathVariable String chart) {
    return Attachments.of(
        "cppp-dashboard-" + chart + ".csv",
        CsvSheet.CONTENT_TYPE,
        dashboard.csv(chart).getBytes(StandardCharsets.UTF_8));
  }
}
