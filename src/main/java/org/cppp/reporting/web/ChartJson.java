package org.cppp.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.reporting.DashboardChart;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's data as the JSON that {@code static/js/reporting.js} hands to Chart.js, with labels in
 * the page's language; put in a {@code data-chart} attribute (no inline scripts: CSP).
 */
final class ChartJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ChartJson() {}

  static String of(DashboardChart chart, MessageSource messages, Locale locale) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("type", chart.type());
    data.put("stacked", chart.stacked());
    List<String> labels = new ArrayList<>();
    for (String label : chart.labels()) {
      labels.add(
          chart.labelPrefix().isEmpty()
              ? label
              : messages.getMessage(chart.labelPrefix() + label, null, label, locale));
    }
    data.put("labels", labels);
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (DashboardChart.Series s : chart.series()) {
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("key", s.name());
      set.put("label", messages.getMessage(s.messageKey(), null, s.name(), locale));
      set.put("data", s.values().stream().map(Number::doubleValue).toList());
      datasets.add(set);
    }
    data.put("datasets", datasets);
    return JSON.writeValueAsString(data);
  }
}
