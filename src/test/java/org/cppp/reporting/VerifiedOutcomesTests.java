package org.cppp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.cppp.support.VerifiedProjects;
import org.cppp.verification.Carrier;
import org.cppp.verification.EmissionFactors;
import org.cppp.verification.NewFactor;
import org.cppp.verification.Pollutant;
import org.cppp.verification.Region;
import org.cppp.verification.VerificationResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's verified outcomes (issue 10 point 8) in the financial year 2009/10, which no other
 * test signs results in: as at a date, in the JSON's agreed shape, and in the PDF, XLSX, CSV and
 * the dashboard. Figures are compared as the change the test's own cases make.
 */
@IntegrationTest
class VerifiedOutcomesTests {

  static final FinancialYear YEAR = FinancialYear.of(2009);

  /** The hand case's LPG at the seeded IPCC factor (2.9846 kg CO2/kg), tonnes a year. */
  static final double CO2_T = VerifiedProjects.LPG_KG_PER_YEAR * 2.9846 / 1000;

  /** At the seeded indicative LPG tariff, HK$8.00/kg: 15,557.377 kg x 8 = 124,459.02. */
  static final BigDecimal SAVING_HKD = new BigDecimal("124459.02");

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired ProgressReports reports;
  @Autowired EmissionFactors factors;
  @Autowired VerificationResults results;
  @Autowired TestClock clock;

  private final JsonMapper json = JsonMapper.builder().build();
  private VerifiedProjects projects;
  private String officer;

  @BeforeEach
  void setUp() {
    projects = new VerifiedProjects(context);
    officer = accounts.create(Role.OFFICER);
  }

  ProgressReport report(FinancialYear year, LocalDate asAt) {
    return SystemActor.call(() -> reports.report(year, asAt));
  }

  @Test
  void aCaseSignedAfterTheDateAndARecomputationAfterItAreNotCounted() {
    LocalDate february = LocalDate.of(2010, 2, 1);
    ProgressReport.Outcomes endBefore = report(YEAR, null).outcomes();
    ProgressReport.Outcomes midBefore = report(YEAR, february).outcomes();
    ProgressReport.Outcomes lastYearBefore = report(FinancialYear.of(2008), null).outcomes();
    String energy =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.ENERGY_SAVING, "300000.00");
    String voc =
        projects.completedProject(Sector.TEXTILES, TechnologyCategory.VOC_REDUCTION, "300000.00");
    long early = projects.signedLpg(energy, LocalDate.of(2009, 6, 15));
    projects.signedLpg(voc, LocalDate.of(2010, 2, 20));

    ProgressReport.Outcomes mid = report(YEAR, february).outcomes();
    assertThat(mid.verifiedInYear() - midBefore.verifiedInYear()).isEqualTo(1);
    assertThat(mid.verifiedCumulative() - midBefore.verifiedCumulative()).isEqualTo(1);
    assertThat(mid.inYear().co2Tonnes() - midBefore.inYear().co2Tonnes())
        .isCloseTo(CO2_T, within(0.002));
    assertThat(mid.inYear().costSavingHkd().subtract(midBefore.inYear().costSavingHkd()))
        .isEqualByComparingTo(SAVING_HKD);

    ProgressReport.Outcomes end = report(YEAR, null).outcomes();
    assertThat(end.verifiedInYear() - endBefore.verifiedInYear()).isEqualTo(2);
    assertThat(end.cumulative().co2Tonnes() - endBefore.cumulative().co2Tonnes())
        .isCloseTo(2 * CO2_T, within(0.002));
    assertThat(projectsOf(end, TechnologyCategory.VOC_REDUCTION))
        .isEqualTo(projectsOf(endBefore, TechnologyCategory.VOC_REDUCTION) + 1);
    assertThat(projectsOf(end, TechnologyCategory.ENERGY_SAVING))
        .isEqualTo(projectsOf(endBefore, TechnologyCategory.ENERGY_SAVING) + 1);
    assertThat(report(FinancialYear.of(2008), null).outcomes()).isEqualTo(lastYearBefore);

    // an SO2 factor for LPG published later, and the early case re-computed with it today
    SystemActor.run(
        () ->
            factors.add(
                new NewFactor(
                    Pollutant.SO2,
                    Carrier.LPG_KG,
                    Region.FUEL,
                    LocalDate.of(2008, 1, 1),
                    new BigDecimal("0.01"),
                    "kg/kg",
                    "Test factor, published after the signature")));
    VerifiedProjects.asQa(() -> results.recompute(early, "SO2 factor for LPG published"));
    assertThat(report(YEAR, null).outcomes().inYear().so2Tonnes())
        .isEqualTo(end.inYear().so2Tonnes());
    double so2Now = report(YEAR, clock.today().plusDays(1)).outcomes().inYear().so2Tonnes();
    assertThat(so2Now - end.inYear().so2Tonnes())
        .isCloseTo(VerifiedProjects.LPG_KG_PER_YEAR * 0.01 / 1000, within(0.002));
  }

  @Test
  void apiAnswersTheOutcomesInTheAgreedShape() throws Exception {
    signedThisYear();
    JsonNode outcomes = json.readTree(api("/api/reports/progress?year=2009")).get("outcomes");
    assertThat(names(outcomes))
        .containsExactly(
            "verifiedInYear", "verifiedCumulative", "inYear", "cumulative", "byTechnology");
    assertThat(outcomes.get("verifiedInYear").isNumber()).isTrue();
    assertThat(outcomes.get("verifiedInYear").asLong()).isPositive();
    for (String scope : List.of("inYear", "cumulative")) {
      JsonNode figures = outcomes.get(scope);
      assertThat(names(figures))
          .containsExactly(
              "electricityMwh",
              "co2Tonnes",
              "noxTonnes",
              "so2Tonnes",
              "vocTonnes",
              "pmTonnes",
              "wastewaterM3",
              "costSavingHkd");
      assertThat(figures.get("co2Tonnes").isNumber()).isTrue();
      assertThat(figures.get("costSavingHkd").isString()).isTrue();
      assertThat(figures.get("costSavingHkd").asString()).matches("\\d+\\.\\d{2}");
    }
    JsonNode byTechnology = outcomes.get("byTechnology");
    assertThat(names(byTechnology))
        .containsExactly(
            "ENERGY_SAVING", "VOC_REDUCTION", "AIR_POLLUTANT_REDUCTION", "EFFLUENT_REDUCTION");
    assertThat(names(byTechnology.get("ENERGY_SAVING"))).containsExactly("projects", "co2Tonnes");
    assertThat(byTechnology.get("ENERGY_SAVING").get("projects").asLong()).isPositive();
  }

  @Test
  void csvXlsxPdfAndDashboardCarryTheFigures() throws Exception {
    signedThisYear();
    ProgressReport.Outcomes o = report(YEAR, null).outcomes();
    assertThat(o.inYear().co2Tonnes()).isPositive();

    String csv = new String(api("/api/reports/progress.csv?year=2009"), StandardCharsets.UTF_8);
    assertThat(csvValue(csv, "outcomes", "co2Tonnes", "2009/10"))
        .isEqualTo(BigDecimal.valueOf(o.inYear().co2Tonnes()).stripTrailingZeros().toPlainString());
    assertThat(csvValue(csv, "outcomes", "costSavingHkd", "cumulative"))
        .isEqualTo(o.cumulative().costSavingHkd().toPlainString());
    assertThat(csvValue(csv, "outcomes", "verified", "2009/10"))
        .isEqualTo(String.valueOf(o.verifiedInYear()));
    assertThat(csvValue(csv, "outcomesByTechnology", "ENERGY_SAVING.projects", "cumulative"))
        .isEqualTo(
            String.valueOf(o.byTechnology().get(TechnologyCategory.ENERGY_SAVING).projects()));

    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(api("/api/reports/progress.xlsx?year=2009")))) {
      Sheet sheet = book.getSheet("Outcomes");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Signed in 2009/10");
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue())
          .isEqualTo((double) o.verifiedInYear());
      Row co2 = sheet.getRow(3);
      assertThat(co2.getCell(0).getStringCellValue()).isEqualTo("CO2 reduced (tonnes a year)");
      assertThat(co2.getCell(1).getNumericCellValue()).isEqualTo(o.inYear().co2Tonnes());
      assertThat(co2.getCell(2).getNumericCellValue()).isEqualTo(o.cumulative().co2Tonnes());
    }

    String co2 = PdfOutcomes.quantity(o.inYear().co2Tonnes());
    String english = ReportFilesTests.text(api("/api/reports/progress.pdf?year=2009"));
    assertThat(english)
        .contains("Verified Environmental Benefits")
        .contains("Verified annual reductions as at 31 March 2010")
        .contains("CO2 reduced (tonnes a year) " + co2.replace('\u00a0', ' '));
    assertThat(ReportFilesTests.text(api("/api/reports/progress.pdf?year=2009&lang=zh-HK")))
        .contains("經核實的環境效益")
        .contains("每年減少二氧化碳（公噸）");
    assertThat(ReportFilesTests.text(api("/api/reports/progress.pdf?year=2009&lang=zh-CN")))
        .contains("经核实的环境效益")
        .contains("每年减少二氧化碳（公吨）");

    String chart =
        mvc.perform(get("/reports/dashboard/outcomes.csv").with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(chart).startsWith("label,electricityMwh,co2Tonnes,wastewaterM3");
    assertThat(chart.lines().filter(l -> l.startsWith("2009/10,")).findFirst().orElseThrow())
        .contains("," + o.inYear().co2Tonnes() + ",");
    String page =
        mvc.perform(get("/reports/progress?year=2009").with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("outcomes-table").contains("outcomes-technology-table");
  }

  private void signedThisYear() {
    String ref =
        projects.completedProject(Sector.FURNITURE, TechnologyCategory.ENERGY_SAVING, "250000.00");
    projects.signedLpg(ref, LocalDate.of(2009, 8, 3));
  }

  private static long projectsOf(ProgressReport.Outcomes o, TechnologyCategory category) {
    return o.byTechnology().get(category).projects();
  }

  private byte[] api(String path) throws Exception {
    return mvc.perform(get(path).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static String csvValue(String csv, String table, String item, String period)
      throws Exception {
    for (CSVRecord r :
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      if (r.get("table").equals(table)
          && r.get("item").equals(item)
          && r.get("period").equals(period)) {
        return r.get("value");
      }
    }
    throw new AssertionError("no " + table + "/" + item + "/" + period);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
