package org.cppp.reporting;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.funding.Scheme;
import org.cppp.provider.ProviderBase;
import org.cppp.shared.TechnologyCategory;

/**
 * The figures of the progress report's paragraphs 9-16 for one financial year, as the data stood on
 * {@code asAt}. Its JSON is the report API's exact shape, read by outside tools.
 *
 * @param financialYear e.g. {@code 2011/12}
 * @param from the year's first day
 * @param to the year's last day
 * @param asAt the data as they stood on this day
 * @param outcomes the verified results' annual reductions: of the projects signed in the year, and
 *     of all signed since the launch, as at {@code asAt}
 */
@JsonPropertyOrder({
  "financialYear",
  "from",
  "to",
  "asAt",
  "approvals",
  "demonstrationByTechnology",
  "sectors",
  "providers",
  "awareness",
  "publications",
  "committee",
  "recognition",
  "outcomes"
})
public record ProgressReport(
    String financialYear,
    LocalDate from,
    LocalDate to,
    LocalDate asAt,
    Approvals approvals,
    Map<TechnologyCategory, Long> demonstrationByTechnology,
    List<SectorFactories> sectors,
    ProviderFigures providers,
    Awareness awareness,
    Publications publications,
    Committee committee,
    Recognition recognition,
    Outcomes outcomes) {

  public ProgressReport {
    demonstrationByTechnology = new LinkedHashMap<>(demonstrationByTechnology);
    sectors = List.copyOf(sectors);
  }

  /** Demonstration projects approved since the launch, all technologies. */
  @JsonIgnore
  public long demonstrationsTotal() {
    return demonstrationByTechnology.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Paragraph 11: approvals per scheme per financial year since the launch. */
  @JsonPropertyOrder({"years", "rows", "approvedInYear", "cumulative"})
  public record Approvals(
      List<String> years, List<ApprovalRow> rows, long approvedInYear, long cumulative) {
    public Approvals {
      years = List.copyOf(years);
      rows = List.copyOf(rows);
    }
  }

  /** One scheme's approvals per year (in the order of {@code years}) and since the launch. */
  @JsonPropertyOrder({"scheme", "byYear", "cumulative"})
  public record ApprovalRow(Scheme scheme, List<Long> byYear, long cumulative) {
    public ApprovalRow {
      byYear = List.copyOf(byYear);
    }
  }

  /** Distinct participating factories of one sector (with an approval), e.g. {@code TEXTILES}. */
  @JsonPropertyOrder({"sector", "factories"})
  public record SectorFactories(String sector, long factories) {}

  /** Paragraph 14: providers that joined and were removed in the year; on the list as at. */
  @JsonPropertyOrder({"joinedInYear", "removedInYear", "registered", "byBase"})
  public record ProviderFigures(
      long joinedInYear, long removedInYear, long registered, Map<ProviderBase, Long> byBase) {
    public ProviderFigures {
      byBase = new LinkedHashMap<>(byBase);
    }
  }

  /** Paragraphs 9 and 10: awareness activities, exhibitions and site visits. */
  @JsonPropertyOrder({
    "activitiesInYear",
    "participantsInYear",
    "activitiesCumulative",
    "participantsCumulative",
    "exhibitionsInYear",
    "exhibitionVisitorsInYear",
    "siteVisitsInYear"
  })
  public record Awareness(
      long activitiesInYear,
      long participantsInYear,
      long activitiesCumulative,
      long participantsCumulative,
      long exhibitionsInYear,
      long exhibitionVisitorsInYear,
      long siteVisitsInYear) {}

  /** Paragraph 10: guidebooks published in the year and in preparation as at. */
  @JsonPropertyOrder({"publishedInYear", "inPreparation"})
  public record Publications(long publishedInYear, long inPreparation) {}

  /**
   * Paragraph 6: committee meetings held in the year.
   *
   * @param recorded whether meetings are recorded at all (the committee module is present)
   */
  public record Committee(long meetingsInYear, @JsonIgnore boolean recorded) {}

  /**
   * Paragraph 16: enterprises recognised in the cycle of the calendar year the financial year
   * starts in, per category code ({@code MANUFACTURING_ENTERPRISE}, ...), zero included.
   *
   * @param held whether a cycle was held that year
   */
  public record Recognition(
      int cycle, @JsonIgnore boolean held, @JsonIgnore Map<String, Long> counts) {
    public Recognition {
      counts = new LinkedHashMap<>(counts);
    }

    /** The counts as properties of the JSON object, after {@code cycle}. */
    @JsonAnyGetter
    Map<String, Long> perCategory() {
      return counts;
    }

    /** How many in one category, 0 if none. */
    public long count(String category) {
      return counts.getOrDefault(category, 0L);
    }
  }

  /**
   * The programme's verified environmental benefits: the annual reductions of the projects whose
   * result QA signed in the year ({@code inYear}) and since the launch ({@code cumulative}), each
   * by its result as known on the as-at date; {@code byTechnology} since the launch, every
   * category.
   */
  @JsonPropertyOrder({
    "verifiedInYear",
    "verifiedCumulative",
    "inYear",
    "cumulative",
    "byTechnology"
  })
  public record Outcomes(
      long verifiedInYear,
      long verifiedCumulative,
      Benefits inYear,
      Benefits cumulative,
      Map<TechnologyCategory, TechnologyOutcome> byTechnology) {
    public Outcomes {
      byTechnology = new LinkedHashMap<>(byTechnology);
    }
  }

  /** Reductions per year: MWh of electricity, tonnes of each pollutant, m3 of wastewater, HK$. */
  @JsonPropertyOrder({
    "electricityMwh",
    "co2Tonnes",
    "noxTonnes",
    "so2Tonnes",
    "vocTonnes",
    "pmTonnes",
    "wastewaterM3",
    "costSavingHkd"
  })
  public record Benefits(
      double electricityMwh,
      double co2Tonnes,
      double noxTonnes,
      double so2Tonnes,
      double vocTonnes,
      double pmTonnes,
      double wastewaterM3,
      java.math.BigDecimal costSavingHkd) {

    /**
     * The figures by their JSON names, in this order: the one list the CSV, the workbook, the page
     * and the PDF read.
     */
    @JsonIgnore
    public Map<String, Number> figures() {
      Map<String, Number> figures = new LinkedHashMap<>();
      figures.put("electricityMwh", electricityMwh);
      figures.put("co2Tonnes", co2Tonnes);
      figures.put("noxTonnes", noxTonnes);
      figures.put("so2Tonnes", so2Tonnes);
      figures.put("vocTonnes", vocTonnes);
      figures.put("pmTonnes", pmTonnes);
      figures.put("wastewaterM3", wastewaterM3);
      figures.put("costSavingHkd", costSavingHkd);
      return figures;
    }
  }

  /** One technology category's verified projects and their CO2 reduction, tonnes per year. */
  @JsonPropertyOrder({"projects", "co2Tonnes"})
  public record TechnologyOutcome(long projects, double co2Tonnes) {}
}
