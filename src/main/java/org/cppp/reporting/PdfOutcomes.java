package org.cppp.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.platform.MoneyFormat;
import org.springframework.context.MessageSource;

/**
 * The progress report PDF's paragraph and table of verified environmental benefits: counts as the
 * paper writes them, quantities grouped by a space with at most two decimals, money as the annex
 * writes it; the technologies with verified projects named in a sentence.
 */
final class PdfOutcomes {

  private PdfOutcomes() {}

  /**
   * Puts {@code outcomes} (the paragraph's counts and the technologies' sentence) and {@code
   * benefits} (the table's rows: key, the year's figure, the cumulative one).
   */
  static void put(
      Map<String, Object> model,
      ProgressReport r,
      Locale locale,
      MessageSource messages,
      MoneyFormat money) {
    ProgressReport.Outcomes o = r.outcomes();
    Map<String, Object> words = new HashMap<>();
    words.put("inYear", ProgressPdf.count(o.verifiedInYear(), locale));
    words.put("cumulative", ProgressPdf.count(o.verifiedCumulative(), locale));
    words.put("any", o.verifiedCumulative() > 0);
    words.put("anyInYear", o.verifiedInYear() > 0);
    List<String> phrases = new ArrayList<>();
    o.byTechnology()
        .forEach(
            (category, t) -> {
              if (t.projects() > 0) {
                Object[] args = {ProgressPdf.count(t.projects(), locale), quantity(t.co2Tonnes())};
                phrases.add(messages.getMessage("pdf.outcomes.tech." + category, args, locale));
              }
            });
    words.put("technologies", ProgressPdf.joined(phrases, locale, messages));
    model.put("outcomes", words);
    List<Map<String, String>> rows = new ArrayList<>();
    Map<String, Number> cumulative = o.cumulative().figures();
    o.inYear()
        .figures()
        .forEach(
            (key, value) ->
                rows.add(
                    Map.of(
                        "key",
                        key,
                        "inYear",
                        text(value, money),
                        "cumulative",
                        text(cumulative.get(key), money))));
    model.put("benefits", rows);
  }

  private static String text(Number value, MoneyFormat money) {
    return value instanceof BigDecimal hkd ? money.compact(hkd) : quantity(value.doubleValue());
  }

  static String quantity(double value) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('\u00a0');
    return new DecimalFormat("#,##0.##", symbols).format(value);
  }
}
