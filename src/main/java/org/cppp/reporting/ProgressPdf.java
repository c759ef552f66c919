package org.cppp.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.funding.Phase;
import org.cppp.funding.SchemeRule;
import org.cppp.platform.MoneyFormat;
import org.cppp.platform.PdfRenderer;
import org.cppp.shared.TechnologyCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The progress report laid out like the paper to the Legislative Council: numbered paragraphs with
 * the figures written into sentences, the table of paragraph 11, and the annex with the funding
 * rules in force on the report's date. Template {@code templates/pdf/reporting-progress.html}.
 */
@Component
class ProgressPdf {

  private static final String[] WORDS = {
    "nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  static final int MAX_YEARS = 5;

  private final PdfRenderer renderer;
  private final MessageSource messages;
  private final MoneyFormat money;

  ProgressPdf(PdfRenderer renderer, MessageSource messages, MoneyFormat money) {
    this.renderer = renderer;
    this.messages = messages;
    this.money = money;
  }

  byte[] render(ProgressReport r, Phase phase, LocalDate issued, Locale locale) {
    Map<String, Object> model = new HashMap<>();
    model.put("r", r);
    model.put("n", numbers(r, locale));
    model.put("yearTitle", r.from().getYear() + "/" + r.to().getYear());
    model.put("fromText", date(r.from(), locale));
    model.put("toText", date(r.to(), locale));
    model.put("asAtText", date(r.asAt(), locale));
    model.put("issuedText", month(issued, locale));
    model.put("majority", majority(r, locale));
    model.put("columns", columns(r.approvals()));
    model.put("phase", phase);
    model.put("rules", phase == null ? List.of() : rules(phase, locale));
    model.put("phaseFromText", phase == null ? "" : date(phase.effectiveFrom(), locale));
    PdfOutcomes.put(model, r, locale, messages, money);
    return renderer.render("reporting-progress", model, locale);
  }

  private Map<String, String> numbers(ProgressReport r, Locale locale) {
    Map<String, String> n = new LinkedHashMap<>();
    ProgressReport.Awareness a = r.awareness();
    n.put("activities", count(a.activitiesInYear(), locale));
    n.put("participants", count(a.participantsInYear(), locale));
    n.put("exhibitions", count(a.exhibitionsInYear(), locale));
    n.put("visitors", count(a.exhibitionVisitorsInYear(), locale));
    n.put("activitiesCumulative", count(a.activitiesCumulative(), locale));
    n.put("participantsCumulative", count(a.participantsCumulative(), locale));
    n.put("siteVisits", count(a.siteVisitsInYear(), locale));
    n.put("published", count(r.publications().publishedInYear(), locale));
    n.put("preparing", count(r.publications().inPreparation(), locale));
    n.put("approvedInYear", count(r.approvals().approvedInYear(), locale));
    n.put("approvedCumulative", count(r.approvals().cumulative(), locale));
    Map<TechnologyCategory, Long> t = r.demonstrationByTechnology();
    n.put("demonstrations", count(r.demonstrationsTotal(), locale));
    n.put("energy", count(t.getOrDefault(TechnologyCategory.ENERGY_SAVING, 0L), locale));
    n.put(
        "air",
        count(
            t.getOrDefault(TechnologyCategory.VOC_REDUCTION, 0L)
                + t.getOrDefault(TechnologyCategory.AIR_POLLUTANT_REDUCTION, 0L),
            locale));
    n.put("effluent", count(t.getOrDefault(TechnologyCategory.EFFLUENT_REDUCTION, 0L), locale));
    t.forEach((category, v) -> n.put("tech" + category.name(), count(v, locale)));
    ProgressReport.ProviderFigures p = r.providers();
    n.put("joined", count(p.joinedInYear(), locale));
    n.put("removed", count(p.removedInYear(), locale));
    n.put("registered", count(p.registered(), locale));
    p.byBase().forEach((base, v) -> n.put("base" + base.name(), count(v, locale)));
    n.put("meetings", count(r.committee().meetingsInYear(), locale));
    n.put("manufacturing", count(r.recognition().count("MANUFACTURING_ENTERPRISE"), locale));
    n.put("providersRecognised", count(r.recognition().count("ET_SERVICE_PROVIDER"), locale));
    n.put("sourcing", count(r.recognition().count("SOURCING_ENTERPRISE"), locale));
    return n;
  }

  /**
   * The columns of the paragraph 11 table: one per year as in the paper, but with more than {@value
   * #MAX_YEARS} years the earliest are summed into one column so the table fits the page.
   */
  static List<Map<String, Object>> columns(ProgressReport.Approvals approvals) {
    List<String> years = approvals.years();
    int first = years.size() > MAX_YEARS ? years.size() - (MAX_YEARS - 1) : 0;
    List<Map<String, Object>> columns = new ArrayList<>();
    if (first > 0) {
      List<Long> sums = new ArrayList<>();
      for (ProgressReport.ApprovalRow row : approvals.rows()) {
        sums.add(row.byYear().subList(0, first).stream().mapToLong(Long::longValue).sum());
      }
      columns.add(Map.of("label", years.get(0) + " - " + years.get(first - 1), "values", sums));
    }
    for (int i = first; i < years.size(); i++) {
      List<Long> values = new ArrayList<>();
      for (ProgressReport.ApprovalRow row : approvals.rows()) {
        values.add(row.byYear().get(i));
      }
      columns.add(Map.of("label", years.get(i), "values", values));
    }
    return columns;
  }

  /** As the paper writes counts: words up to ten in English, digits grouped by a space above. */
  static String count(long value, Locale locale) {
    if ("en".equals(locale.getLanguage()) && value >= 0 && value <= 10) {
      return WORDS[(int) value];
    }
    return grouped(value);
  }

  static String grouped(long value) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('\u00a0');
    return new DecimalFormat("#,##0", symbols).format(value);
  }

  static String date(LocalDate date, Locale locale) {
    return "zh".equals(locale.getLanguage())
        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
        : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  }

  static String month(LocalDate date, Locale locale) {
    return "zh".equals(locale.getLanguage())
        ? date.getYear() + "年" + date.getMonthValue() + "月"
        : date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
  }

  /** The four largest sectors' names, joined as a sentence joins them (a, b, c and d). */
  private String majority(ProgressReport r, Locale locale) {
    List<String> names = new ArrayList<>();
    for (ProgressReport.SectorFactories s : r.sectors()) {
      if (names.size() == 4 || s.factories() == 0) {
        break;
      }
      String name = messages.getMessage("sector." + s.sector(), null, s.sector(), locale);
      names.add("en".equals(locale.getLanguage()) ? name.toLowerCase(Locale.ENGLISH) : name);
    }
    return joined(names, locale, messages);
  }

  /** Items joined as a sentence joins them, in the locale's words: a, b, c and d. */
  static String joined(List<String> items, Locale locale, MessageSource messages) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    String separator = messages.getMessage("report.list.separator", null, ", ", locale);
    String last = messages.getMessage("report.list.and", null, " and ", locale);
    return String.join(separator, items.subList(0, items.size() - 1))
        + last
        + items.get(items.size() - 1);
  }

  private List<Map<String, Object>> rules(Phase phase, Locale locale) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SchemeRule rule : phase.rules()) {
      Map<String, Object> row = new HashMap<>();
      row.put("scheme", rule.scheme().name());
      row.put(
          "percent",
          rule.share().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString());
      row.put("free", rule.share().compareTo(BigDecimal.ONE) >= 0);
      row.put("ceiling", money.compact(rule.ceilingHkd()));
      row.put("months", rule.completionMonths());
      rows.add(row);
    }
    return rows;
  }
}
