package org.cppp.funding.web;

import java.util.List;
import org.cppp.funding.BudgetSummary;
import org.cppp.funding.BurnPoint;
import org.cppp.platform.CsvSheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

  static ResponseEntity<String> response(String filename, String body) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
