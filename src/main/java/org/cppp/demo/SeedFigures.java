package org.cppp.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;

/**
 * The seed paper's figures (the EPD's 2011/12 progress report, paragraphs 6 and 11-14) that the
 * demo programme reproduces exactly, and the few choices of ours (marked <em>design</em>) that the
 * paper leaves open. Generators read their targets from here only.
 */
public final class SeedFigures {

  private SeedFigures() {}

  /** The report's "as at" date and the year it reports on. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2012, 3, 31);

  public static final FinancialYear REPORT_YEAR = FinancialYear.of(2011);

  /** The programme's launch (April 2008) and the four financial years to the report. */
  public static final LocalDate LAUNCH = LocalDate.of(2008, 4, 1);

  public static final List<FinancialYear> YEARS =
      List.of(FinancialYear.of(2008), FinancialYear.of(2009), FinancialYear.of(2010), REPORT_YEAR);

  /**
   * The Project Management Committee's meetings, four a year (paragraph 6: four in 2011/12); every
   * decision of the demo falls on one of these dates. The committee module's demo reuses them.
   */
  public static final Map<FinancialYear, List<LocalDate>> MEETINGS =
      Map.of(
          FinancialYear.of(2008),
          dates("2008-07-17", "2008-10-16", "2009-01-15", "2009-03-19"),
          FinancialYear.of(2009),
          dates("2009-06-18", "2009-09-17", "2009-12-17", "2010-03-18"),
          FinancialYear.of(2010),
          dates("2010-06-17", "2010-09-16", "2010-12-16", "2011-03-17"),
          REPORT_YEAR,
          dates("2011-06-16", "2011-09-15", "2011-12-15", "2012-03-15"));

  /** Paragraph 11: applications approved per scheme in 2008/09, 2009/10, 2010/11, 2011/12. */
  public static final Map<Scheme, List<Integer>> APPROVED =
      Map.of(
          Scheme.ON_SITE_ASSESSMENT, List.of(113, 227, 319, 284),
          Scheme.DEMONSTRATION_PROJECT, List.of(25, 25, 38, 41),
          Scheme.VERIFICATION, List.of(28, 178, 154, 370));

  public static final int APPROVED_IN_REPORT_YEAR = 695;
  public static final int APPROVED_CUMULATIVE = 1802;

  /** Design: applications the committee rejected per scheme and year (the paper gives none). */
  public static final Map<Scheme, List<Integer>> REJECTED =
      Map.of(
          Scheme.ON_SITE_ASSESSMENT, List.of(3, 5, 6, 5),
          Scheme.DEMONSTRATION_PROJECT, List.of(2, 2, 3, 3),
          Scheme.VERIFICATION, List.of(1, 3, 3, 4));

  /** Paragraph 12: the 129 demonstration projects by technology (VOC + air pollutants = 39). */
  public static final Map<TechnologyCategory, Integer> DEMONSTRATIONS_BY_TECHNOLOGY =
      ordered(
          TechnologyCategory.ENERGY_SAVING, 66,
          TechnologyCategory.VOC_REDUCTION, 22,
          TechnologyCategory.AIR_POLLUTANT_REDUCTION, 17,
          TechnologyCategory.EFFLUENT_REDUCTION, 24);

  /**
   * Paragraph 12 names the largest participating sectors in this order; design: the factories'
   * sectors in these proportions (per cent of eligible factories), largest first.
   */
  public static final Map<Sector, Integer> SECTOR_WEIGHTS =
      ordered(
          Sector.METAL_AND_METAL_PRODUCTS, 36,
          Sector.TEXTILES, 20,
          Sector.CHEMICAL_PRODUCTS, 13,
          Sector.PRINTING_AND_PUBLISHING, 10,
          Sector.FURNITURE, 6,
          Sector.FOOD_AND_BEVERAGE, 6,
          Sector.NON_METALLIC_MINERAL_PRODUCTS, 5,
          Sector.PAPER_AND_PAPER_PRODUCTS, 4);

  /** Paragraph 14: providers on the list at 31 March 2012, by base. */
  public static final int PROVIDERS_HONG_KONG = 96;

  public static final int PROVIDERS_PRD = 56;
  public static final int PROVIDERS_OTHER = 6;
  public static final int PROVIDERS_REGISTERED = 158;

  /** Paragraph 14: providers that joined in 2011/12 (design: 10 HK, 5 PRD, 2 other). */
  public static final int PROVIDERS_JOINED = 17;

  public static final int JOINED_HONG_KONG = 10;
  public static final int JOINED_PRD = 5;
  public static final int JOINED_OTHER = 2;

  /** Paragraph 14 and footnote 4: Guangdong-based providers removed in 2011/12. */
  public static final int PROVIDERS_REMOVED = 14;

  public static final String REMOVAL_REASON =
      "GDEIC registration as a Cleaner Production Technical Services Company lapsed";

  /** Paragraph 2: the Government's commitment. */
  public static final java.math.BigDecimal BUDGET_HKD = new java.math.BigDecimal("93060000.00");

  /** Design: cost ranges (HK$, inclusive) of the demo's applications, by scheme. */
  public static final Map<Scheme, long[]> COST_RANGE_HKD =
      Map.of(
          Scheme.ON_SITE_ASSESSMENT, new long[] {18_000, 45_000},
          Scheme.DEMONSTRATION_PROJECT, new long[] {200_000, 600_000},
          Scheme.VERIFICATION, new long[] {8_000, 18_000});

  /** Design: about this many factories on the register. */
  public static final int FACTORIES = 1100;

  private static List<LocalDate> dates(String... iso) {
    return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> ordered(Object... pairs) {
    Map<K, V> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((K) pairs[i], (V) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
