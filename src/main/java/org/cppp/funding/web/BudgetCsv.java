package org.cppp.funding.web;

import java.util.List;
import org.cppp.funding.BudgetSummary;
import org.cppp.funding.BurnPoint;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The budget's tables as CSV for spreadsheets. */
final class BudgetCsv {

  private BudgetCsv() {}

  static String burn(List<BurnPoint> points) {
    StringBuilder csv = new StringBuilder("month,cumulative_committed_hkd,cumulative_paid_hkd\r\n");
    for (BurnPoint p : points) {
      csv.append(p.month())
          .append(',')
          .append(p.committedHkd().toPlainString())
          .append(',')
          .append(p.paidHkd().toPlainString())
          .append("\r\n");
    }
    return csv.toString();
  }

  static String years(BudgetSummary summary) {
    StringBuilder csv =
        new StringBuilder("financial_year,budget_added_hkd,committed_hkd,paid_hkd\r\n");
    for (BudgetSummary.YearTotals y : summary.byFinancialYear()) {
      csv.append(y.financialYear())
          .append(',')
          .append(y.addedHkd().toPlainString())
          .append(',')
          .append(y.committedHkd().toPlainString())
          .append(',')
          .append(y.paidHkd().toPlainString())
          .append("\r\n");
    }
    csv.append("total,")
        .append(summary.budgetHkd().toPlainString())
        .append(',')
        .append(summary.committedHkd().toPlainString())
        .append(',')
        .append(summary.paidHkd().toPlainString())
        .append("\r\n");
    return csv.toString();
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
