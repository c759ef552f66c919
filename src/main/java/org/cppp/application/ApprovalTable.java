package org.cppp.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cppp.funding.Initiative;
import org.cppp.funding.Scheme;
import org.cppp.shared.FinancialYear;

/**
 * The seed paper's paragraph 11 table: approvals per initiative per financial year (every scheme of
 * an initiative, e.g. demonstration projects (i) and (ii), in its row), with each row's cumulative
 * total, the last year's total and the grand total. The paper's three rows always appear;
 * organisation support only in a table with approvals of it.
 */
public record ApprovalTable(List<FinancialYear> years, List<Row> rows) {

  public ApprovalTable {
    years = List.copyOf(years);
    rows = List.copyOf(rows);
  }

  static ApprovalTable of(List<FinancialYear> years, Map<Initiative, long[]> counts) {
    List<Row> rows = new ArrayList<>();
    for (Initiative initiative : Initiative.values()) {
      long[] byYear = counts.get(initiative);
      long cumulative = Arrays.stream(byYear).sum();
      if (cumulative > 0 || initiative != Initiative.ORGANISATION_SUPPORT) {
        rows.add(new Row(initiative, Arrays.stream(byYear).boxed().toList(), cumulative));
      }
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

  /** One initiative's approvals per year and in all. */
  public record Row(Initiative initiative, List<Long> byYear, long cumulative) {
    public Row {
      byYear = List.copyOf(byYear);
    }

    /**
     * The row's code as the report has always shown it: the paper names each of its rows after the
     * launch scheme of the initiative (organisation support, which came later, after itself).
     */
    public Scheme scheme() {
      return switch (initiative) {
        case ASSESSMENT -> Scheme.ON_SITE_ASSESSMENT;
        case DEMONSTRATION -> Scheme.DEMONSTRATION_PROJECT;
        case VERIFICATION -> Scheme.VERIFICATION;
        case ORGANISATION_SUPPORT -> Scheme.valueOf(initiative.name());
      };
    }
  }
}
