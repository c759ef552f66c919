package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.ContextData;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestClock;
import org.cppp.support.VerifiedProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CP Toolbox (issue 10 point 11): medians per technology category of one sector's signed
 * results, against hand-computed values; public, aggregates only. Uses the sector non-metallic
 * mineral products, in which no other test signs results.
 */
@IntegrationTest
class ToolboxTests {

  static final Sector SECTOR = Sector.NON_METALLIC_MINERAL_PRODUCTS;
  static final TechnologyCategory EFFLUENT = TechnologyCategory.EFFLUENT_REDUCTION;

  /** Per case, the hand case's LPG (15,557.377 kg a year) times k, at 2.9846 kg CO2 and HK$8/kg. */
  static final double CO2_PER_K = VerifiedProjects.LPG_KG_PER_YEAR * 2.9846 / 1000;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Toolbox toolbox;
  @Autowired LegacyResults legacy;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired TestClock clock;

  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void sector() {
    ContextData.once(ToolboxTests.class, context, () -> build(new VerifiedProjects(context)));
  }

  private void build(VerifiedProjects projects) {
    // energy saving: k = 1, 2, 4 at HK$200,000, 300,000, 500,000
    signed(projects, TechnologyCategory.ENERGY_SAVING, "200000.00", 1);
    signed(projects, TechnologyCategory.ENERGY_SAVING, "300000.00", 2);
    signed(projects, TechnologyCategory.ENERGY_SAVING, "500000.00", 4);
    // VOC reduction, an even count: k = 1, 1, 2, 3
    signed(projects, TechnologyCategory.VOC_REDUCTION, "100000.00", 1);
    signed(projects, TechnologyCategory.VOC_REDUCTION, "200000.01", 1);
    signed(projects, TechnologyCategory.VOC_REDUCTION, "300000.00", 2);
    signed(projects, TechnologyCategory.VOC_REDUCTION, "400000.00", 3);
    // air pollutants: two projects only, too few to be shown
    signed(projects, TechnologyCategory.AIR_POLLUTANT_REDUCTION, "100000.00", 1);
    signed(projects, TechnologyCategory.AIR_POLLUTANT_REDUCTION, "100000.00", 2);
    // effluent: three legacy results of demonstration projects and a verification's signed case
    // (the hand case, k = 1), whose cost (the verification service's) is left out of the cost and
    // payback medians
    imported(projects, projects.completedProject(SECTOR, EFFLUENT, "100000"), "1", "10000");
    imported(projects, projects.completedProject(SECTOR, EFFLUENT, "200000"), "2", "50000");
    imported(projects, projects.completedProject(SECTOR, EFFLUENT, "600000"), "3", "100000");
    projects.signedLpg(
        projects.completed(Scheme.VERIFICATION, SECTOR, null, "12000.00"),
        EFFLUENT,
        LocalDate.of(2009, 7, 1));
    // another sector's project does not count
    signed(projects, Sector.FOOD_AND_BEVERAGE, TechnologyCategory.ENERGY_SAVING, "1.00", 9);
  }

  private void signed(VerifiedProjects p, TechnologyCategory t, String cost, int k) {
    signed(p, SECTOR, t, cost, k);
  }

  private void signed(VerifiedProjects p, Sector s, TechnologyCategory t, String cost, int k) {
    String ref = p.completedProject(s, t, cost);
    String csv = scaled(k);
    p.signed(
        ref,
        csv,
        VerifiedProjects.LPG_BASELINE,
        VerifiedProjects.LPG_REPORTING,
        LocalDate.of(2009, 7, 1));
  }

  private void imported(VerifiedProjects p, String ref, String co2, String saving) {
    SystemActor.run(
        () ->
            legacy.record(
                new LegacyResult(
                    ref,
                    LocalDate.of(2011, 5, 1),
                    null,
                    new BigDecimal(co2),
                    null,
                    null,
                    null,
                    null,
                    new BigDecimal("5000"),
                    new BigDecimal(saving))));
  }

  /** The hand case's readings with every LPG quantity times k. */
  static String scaled(int k) {
    List<String> lines = new ArrayList<>();
    for (String line : VerifiedProjects.LPG_CSV.strip().split("\n")) {
      String[] cells = line.split(",");
      if (!cells[0].equals("from")) {
        cells[2] = String.valueOf(Integer.parseInt(cells[2]) * k);
      }
      lines.add(String.join(",", cells));
    }
    return String.join("\n", lines) + "\n";
  }

  @Test
  void mediansPerTechnologyAreTheHandComputedOnes() {
    List<ToolboxEntry> entries = toolbox.forSector(SECTOR);
    assertThat(entries)
        .extracting(ToolboxEntry::technology)
        .containsExactly(
            TechnologyCategory.ENERGY_SAVING,
            TechnologyCategory.VOC_REDUCTION,
            TechnologyCategory.EFFLUENT_REDUCTION);

    ToolboxEntry energy = entries.get(0);
    assertThat(energy.projects()).isEqualTo(3);
    assertThat(energy.medianCostHkd()).isEqualTo("300000.00");
    assertThat(energy.medianCo2TonnesPerYear()).isEqualTo(92.865); // 2 x 46.4325, to the kg
    assertThat(energy.medianCostSavingHkdPerYear()).isEqualTo("248918.03"); // 31,114.754 kg x 8
    // paybacks 200,000/124,459.02 = 1.607, 300,000/248,918.03 = 1.205, 500,000/497,836.07 = 1.004
    assertThat(energy.medianPaybackYears()).isEqualTo(1.21);

    ToolboxEntry voc = entries.get(1);
    assertThat(voc.projects()).isEqualTo(4);
    // (200,000.01 + 300,000.00) / 2 = 250,000.005: half a cent, rounded up
    assertThat(voc.medianCostHkd()).isEqualTo("250000.01");
    assertThat(voc.medianCo2TonnesPerYear()).isCloseTo(1.5 * CO2_PER_K, within(0.0006));
    // (124,459.02 + 248,918.03) / 2 = 186,688.525
    assertThat(voc.medianCostSavingHkdPerYear()).isEqualTo("186688.53");
    // paybacks 0.803, 1.607, 1.205, 1.071: (1.071 + 1.205) / 2 = 1.138
    assertThat(voc.medianPaybackYears()).isEqualTo(1.14);

    ToolboxEntry effluent = entries.get(2);
    assertThat(effluent.projects()).isEqualTo(4);
    // of the three projects: 100,000, 200,000, 600,000 (with the verification's 12,000: 150,000)
    assertThat(effluent.medianCostHkd()).isEqualTo("200000.00");
    assertThat(effluent.medianCo2TonnesPerYear()).isEqualTo(2.5); // of 1, 2, 3 and 46.433
    // of 10,000, 50,000, 100,000 and 124,459.02
    assertThat(effluent.medianCostSavingHkdPerYear()).isEqualTo("75000.00");
    // of 10, 4 and 6 years (with the verification's 0.1 year: 5)
    assertThat(effluent.medianPaybackYears()).isEqualTo(6.0);
  }

  @Test
  void readsOnlyTheSectorsResultsThroughItsIndex() {
    // the planner would scan a table this small whole anyway: forbid that, to see what it can use
    String plan =
        transactions.execute(
            status -> {
              jdbc.sql("set local enable_seqscan = off").update();
              return String.join(
                  "\n",
                  jdbc.sql("explain " + ToolboxMedians.MEDIANS)
                      .param("asAt", clock.today())
                      .param("from", LocalDate.of(2000, 1, 1))
                      .param("to", clock.today())
                      .param("sector", SECTOR.name())
                      .param("min", 3)
                      .query(String.class)
                      .list());
            });
    assertThat(plan).contains("verification_result_sector");
  }

  @Test
  void theApiIsPublicAndAnswersOnlyAggregatesInTheAgreedShape() throws Exception {
    String body = toolboxJson(mvc, SECTOR);
    JsonNode entries = json.readTree(body);
    assertThat(entries.isArray()).isTrue();
    assertThat(entries).hasSize(3);
    for (JsonNode e : entries) {
      assertTheAgreedShape(e);
      assertThat(e.get("medianCostHkd").isString()).isTrue();
      assertThat(e.get("medianCostSavingHkdPerYear").isString()).isTrue();
      assertThat(e.get("medianCo2TonnesPerYear").isNumber()).isTrue();
      assertThat(e.get("medianPaybackYears").isNumber()).isTrue();
    }
    assertThat(entries.get(0).get("technology").asString()).isEqualTo("ENERGY_SAVING");
    assertThat(body).doesNotContain("VP-").doesNotContain("Tested improvement");

    String page =
        mvc.perform(get("/toolbox").param("sector", SECTOR.name()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("toolbox-table").contains("300,000").doesNotContain("VP-");
  }

  /** The API's answer for the sector, asserting it is 200. */
  static String toolboxJson(MockMvc mvc, Sector sector) throws Exception {
    return mvc.perform(get("/api/toolbox").param("sector", sector.name()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** A row of the API has exactly the agreed fields, in order. */
  static void assertTheAgreedShape(JsonNode row) {
    List<String> names = new ArrayList<>();
    row.propertyNames().forEach(names::add);
    assertThat(names)
        .containsExactly(
            "technology",
            "projects",
            "medianCostHkd",
            "medianCo2TonnesPerYear",
            "medianCostSavingHkdPerYear",
            "medianPaybackYears");
  }

  @Test
  void anUnknownOrMissingSectorIs400NamingSector() throws Exception {
    mvc.perform(get("/api/toolbox").param("sector", "SHIPBUILDING"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sector"));
    mvc.perform(get("/api/toolbox"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sector"));
    String page =
        mvc.perform(get("/toolbox").param("sector", "SHIPBUILDING"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Unknown sector").contains("SHIPBUILDING");
    assertThat(toolbox.forSector(Sector.OTHER)).isEmpty();
  }
}
