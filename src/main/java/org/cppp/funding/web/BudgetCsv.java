package org.cppp.funding.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cppp.funding.BudgetForecast;
import org.cppp.funding.BudgetSummary;
import org.cppp.funding.BurnPoint;
import org.cppp.platform.Attachments;
import org.cppp.platform.CsvSheet;
import org.springframework.http.ResponseEntity;

/** The budget's tables as CSV for spreadsheets ({@link CsvSheet}). */
final class BudgetCsv {

  private BudgetCsv() {}

  static String burn(List<BurnPoint> points) {
    CsvSheet csv = new CsvSheet("month", "cumulative_committed_hkd", "cumulative_paid_hkd");
    points.forEach(p -> csv.row(p.month(), p.committedHkd(), p.paidHkd()));
    return csv.text();
  }

  static String years(BudgetSummary summary) {
    CsvSheet csv = new CsvSheet("financial_year", "budget_added_hkd", "committed_hkd", "paid_hkd");
    for (BudgetSummary.YearTotals y : summary.byFinancialYear()) {
      csv.row(y.financialYear(), y.addedHkd(), y.committedHkd(), y.paidHkd());
    }
    return csv.row("total", summary.budgetHkd(), summary.committedHkd(), summary.paidHkd()).text();
  }

  /** The forecast by financial year; a separate file, so the years table keeps its columns. */
  static String forecast(BudgetForecast forecast) {
    CsvSheet csv =
        new CsvSheet(
            "financial_year",
            "projected",
            "budget_added_hkd",
            "committed_hkd",
            "paid_hkd",
            "pipeline_hkd",
            "committed_not_paid_hkd",
            "balance_hkd");
    for (BudgetForecast.Year y : forecast.byFinancialYear()) {
      csv.row(
          y.financialYear(),
          y.projected(),
          y.addedHkd(),
          y.committedHkd(),
          y.paidHkd(),
          y.pipelineHkd(),
          y.committedNotPaidHkd(),
          y.balanceHkd());
    }
    return csv.text();
  }

  /** The file as a download ({@link Attachments}). */
  static ResponseEntity<byte[]> response(String filename, String body) {
    return Attachments.of(filename, CsvSheet.CONTENT_TYPE, body.getBytes(StandardCharsets.UTF_8));
  }
}
