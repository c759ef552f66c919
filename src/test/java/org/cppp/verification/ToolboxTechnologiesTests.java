package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.cppp.application.HistoricalApplications;
import org.cppp.factory.Sector;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.ContextData;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.VerifiedProjects;
import org.cppp.verification.VerificationFixtures.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named technologies (issue 10 point 11, "per technology where recorded"): a measure records one of
 * the vocabulary, checked against it; the CP Toolbox lists a technology's medians under its
 * category once three signed results record it, against hand-computed values. Uses the sector
 * chemical products, in which no other test signs results.
 */
@IntegrationTest
class ToolboxTechnologiesTests {

  static final Sector SECTOR = Sector.CHEMICAL_PRODUCTS;
  static final TechnologyCategory ENERGY = TechnologyCategory.ENERGY_SAVING;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Toolbox toolbox;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;

  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void sector() {
    ContextData.once(
        ToolboxTechnologiesTests.class, context, () -> build(new VerifiedProjects(context)));
  }

  private void build(VerifiedProjects projects) {
    // variable speed drives: k = 1, 2, 3 at HK$100,000, 300,000, 600,000
    signed(projects, "VSD_MOTORS_PUMPS", "100000.00", 1);
    signed(projects, "VSD_MOTORS_PUMPS", "300000.00", 2);
    signed(projects, "VSD_MOTORS_PUMPS", "600000.00", 3);
    // LED lighting: two only, too few for a row of its own
    signed(projects, "LED_LIGHTING", "50000.00", 1);
    signed(projects, "LED_LIGHTING", "70000.00", 1);
    // a measure naming no technology counts in its category only
    signed(projects, null, "300000.00", 5);
  }

  private void signed(VerifiedProjects p, String code, String cost, int k) {
    String ref = p.completedProject(SECTOR, ENERGY, cost);
    p.signedNamed(ref, ENERGY, code, ToolboxTests.scaled(k), LocalDate.of(2009, 7, 1));
  }

  @Test
  void aTechnologyRecordedByThreeSignedResultsHasItsRowUnderItsCategory() {
    List<ToolboxEntry> entries = toolbox.forSector(SECTOR);
    assertThat(entries)
        .extracting(ToolboxEntry::key)
        .containsExactly("ENERGY_SAVING", "VSD_MOTORS_PUMPS");

    ToolboxEntry category = entries.get(0);
    assertThat(category.named()).isNull();
    assertThat(category.projects()).isEqualTo(6);
    // of 50,000, 70,000, 100,000, 300,000, 300,000, 600,000
    assertThat(category.medianCostHkd()).isEqualTo("200000.00");
    // k = 1, 1, 1, 2, 3, 5: the median is k = 1.5, 1.5 x 46.4325 t
    assertThat(category.medianCo2TonnesPerYear()).isCloseTo(69.649, within(0.0011));

    ToolboxEntry vsd = entries.get(1);
    assertThat(vsd.technology()).isEqualTo(ENERGY);
    assertThat(vsd.named().code()).isEqualTo("VSD_MOTORS_PUMPS");
    assertThat(vsd.projects()).isEqualTo(3);
    assertThat(vsd.medianCostHkd()).isEqualTo("300000.00");
    assertThat(vsd.medianCo2TonnesPerYear()).isEqualTo(92.865); // k = 2: 2 x 46.4325, to the kg
    assertThat(vsd.medianCostSavingHkdPerYear()).isEqualTo("248918.03"); // 31,114.754 kg x HK$8
    // paybacks 100,000/124,459.02 = 0.803, 300,000/248,918.03 = 1.205, 600,000/373,377.05 = 1.607
    assertThat(vsd.medianPaybackYears()).isEqualTo(1.21);
  }

  @Test
  void theApiGivesTechnologyRowsInTheShapeOfCategoryRowsAndThePageNamesThemInChinese()
      throws Exception {
    JsonNode rows = json.readTree(ToolboxTests.toolboxJson(mvc, SECTOR));
    assertThat(rows).hasSize(2);
    rows.forEach(ToolboxTests::assertTheAgreedShape);
    assertThat(rows.get(1).get("technology").asString()).isEqualTo("VSD_MOTORS_PUMPS");
    assertThat(rows.get(1).get("medianCostHkd").asString()).isEqualTo("300000.00");
    assertThat(rows.get(1).get("projects").asLong()).isEqualTo(3);

    mvc.perform(get("/toolbox").param("sector", SECTOR.name()).param("lang", "zh-HK"))
        .andExpect(content().string(containsString("id=\"toolbox-VSD_MOTORS_PUMPS\"")))
        .andExpect(content().string(containsString("摩打、水泵及風機變頻器")))
        .andExpect(content().string(not(containsString("LED 照明"))));
    mvc.perform(get("/api/toolbox/technologies"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].category").value("ENERGY_SAVING"))
        .andExpect(
            jsonPath("$[?(@.code == 'RTO_THERMAL_OXIDISER')].category").value("VOC_REDUCTION"))
        .andExpect(jsonPath("$[?(@.code == 'WASTEWATER_REUSE')].nameZhCn").value("废水处理及回用"));
  }

  @Test
  void aMeasureNamesOnlyATechnologyOfTheVocabularyAndOfItsOwnCategory() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    String applicant = accounts.applicantOf(p.factoryBr());
    for (String[] refused :
        new String[][] {
          {"SNAKE_OIL", "There is no technology SNAKE_OIL"},
          {"ACTIVATED_CARBON", "ACTIVATED_CARBON is a technology of another category"}
        }) {
      open(applicant, p, refused[0])
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("measures"))
          .andExpect(jsonPath("$.errors[0].message", containsString(refused[1])));
    }
    String body =
        open(applicant, p, " HEAT_RECOVERY ")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(body).get("id").asLong();
    mvc.perform(get("/api/verifications/" + id).with(accounts.api(applicant)))
        .andExpect(jsonPath("$.measures[0].technologyCode").value("HEAT_RECOVERY"));
    mvc.perform(get("/verifications/" + id).param("lang", "zh-CN").with(accounts.page(applicant)))
        .andExpect(content().string(containsString("id=\"measure-technology-HEAT_RECOVERY\"")))
        .andExpect(content().string(containsString("余热回收")));
  }

  private ResultActions open(String user, Project p, String code) throws Exception {
    return mvc.perform(
        post("/api/verifications")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"application":"%s","option":"B","boundary":"Compressor house sub-meter",
                 "region":"GUANGDONG","variables":["production_t"],
                 "baseline":{"from":"2011-01-01","to":"2011-04-30"},
                 "reporting":{"from":"2012-03-01","to":"2012-04-30"},
                 "measures":[{"technology":"ENERGY_SAVING","description":"Heat recovery",
                              "technologyCode":"%s"}]}
                """
                    .formatted(p.reference(), code)));
  }
}
