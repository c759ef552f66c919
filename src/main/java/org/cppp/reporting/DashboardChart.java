package org.cppp.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of one dashboard chart: labels along the axis and one or more series of numbers.
 *
 * @param id the chart's name in URLs, e.g. {@code approvals-24}
 * @param type the Chart.js type: {@code bar}, {@code line} or {@code doughnut}
 * @param labelPrefix message key prefix that translates a label (e.g. {@code status.}); empty when
 *     labels are shown as they are (months, years)
 * @param stacked whether bar series stack
 */
public record DashboardChart(
    String id,
    String type,
    String labelPrefix,
    boolean stacked,
    List<String> labels,
    List<Series> series) {

  public DashboardChart {
    labels = List.copyOf(labels);
    series = List.copyOf(series);
  }

  /** The chart's data as rows: the label, then each series' value. */
  public List<List<Object>> rows() {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      List<Object> row = new ArrayList<>();
      row.add(labels.get(i));
      for (Series s : series) {
        row.add(s.values().get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * One series.
   *
   * @param name its code (the CSV header)
   * @param messageKey the message key of its label on the page
   */
  public record Series(String name, String messageKey, List<Number> values) {
    public Series {
      values = List.copyOf(values);
    }
  }
}
