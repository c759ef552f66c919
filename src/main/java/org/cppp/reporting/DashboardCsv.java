package org.cppp.reporting;

import java.util.ArrayList;
import java.util.List;
import org.cppp.platform.CsvSheet;

/** A dashboard chart's data, or the overdue work, as CSV. */
final class DashboardCsv {

  private DashboardCsv() {}

  static String chart(DashboardChart chart) {
    List<String> header = new ArrayList<>();
    header.add("label");
    chart.series().forEach(s -> header.add(s.name()));
    return write(header, chart.rows());
  }

  static String overdue(List<OverdueWork> work) {
    List<List<Object>> rows = new ArrayList<>();
    for (OverdueWork w : work) {
      rows.add(
          List.of(w.reference(), w.factoryBr(), w.scheme(), w.title(), w.dueOn(), w.daysOverdue()));
    }
    return write(
        List.of("reference", "factoryBr", "scheme", "title", "dueOn", "daysOverdue"), rows);
  }

  private static String write(List<String> header, List<List<Object>> rows) {
    CsvSheet csv = new CsvSheet(header);
    rows.forEach(csv::row);
    return csv.text();
  }
}
