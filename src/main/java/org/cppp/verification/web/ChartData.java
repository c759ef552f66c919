package org.cppp.verification.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.verification.CarrierResult;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A carrier's chart for the case page, as the JSON {@code static/js/verification.js} hands to
 * Chart.js (in a {@code data-chart} attribute: no inline scripts): the measured baseline, the
 * baseline model over every period (in the reporting period, the adjusted baseline) and the
 * measured reporting consumption, the same series as the report's server-side chart.
 */
final class ChartData {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ChartData() {}

  static String json(CarrierResult carrier, MessageSource messages, Locale locale) {
    List<String> labels = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    List<Double> model = new ArrayList<>();
    List<Double> reporting = new ArrayList<>();
    for (CarrierResult.PeriodPoint p : carrier.periods()) {
      String from = p.period().from().toString();
      labels.add(p.period().days() >= 28 ? from.substring(0, 7) : from);
      baseline.add(p.reportingPeriod() ? null : p.measured());
      model.add(p.model());
      reporting.add(p.reportingPeriod() ? p.measured() : null);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", labels);
    data.put(
        "datasets",
        List.of(
            series("baseline", messages, locale, baseline),
            series("adjusted", messages, locale, model),
            series("reporting", messages, locale, reporting)));
    return JSON.writeValueAsString(data);
  }

  private static Map<String, Object> series(
      String key, MessageSource messages, Locale locale, List<Double> values) {
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("key", key);
    set.put("label", messages.getMessage("verification.chart." + key, null, locale));
    set.put("data", values);
    return set;
  }
}
