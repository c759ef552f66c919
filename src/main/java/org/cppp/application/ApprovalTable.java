package org.cppp.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cppp.funding.Scheme;
import org.cppp.shared.FinancialYear;

/**
 * The seed paper's paragraph 11 table: approvals per scheme per financial year, with each row's
 * cumulative total, the last year's total and the grand total.
 */
public record ApprovalTable(List<FinancialYear> years, List<Row> rows) {

  public ApprovalTable {
    years = List.copyOf(years);
    rows = List.copyOf(rows);
  }

  static ApprovalTable of(List<FinancialYear> years, Map<Scheme, long[]> counts) {
    List<Row> rows = new ArrayList<>();
    for (Scheme scheme : Scheme.launchSchemes()) {
      long[] byYear = counts.get(scheme);
      rows.add(
          new Row(scheme, Arrays.stream(byYear).boxed().toList(), Arrays.stream(byYear).sum()));
    }
    return new ApprovalTable(years, rows);
  }

  /** Approvals in the last year of the table, all schemes. */
  public long approvedInLastYear() {
    return rows.stream()
        .mapToLong(r -> r.byYear().isEmpty() ? 0 : r.byYear().get(r.byYear().size() - 1))
        .sum();
  }

  /** Approvals over all the table's years, all schemes. */
  public long cumulative() {
    return rows.stream().mapToLong(Row::cumulative).sum();
  }

  /** One scheme's approvals per year and in all. */
  public record Row(Scheme scheme, List<Long> byYear, long cumulative) {
    public Row {
      byYear = List.copyOf(byYear);
    }
  }
}
