package org.cppp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cppp.factory.Sector;
import org.cppp.platform.SystemActor;
import org.cppp.reporting.ProgressReport;
import org.cppp.reporting.ProgressReports;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.Toolbox;
import org.cppp.verification.ToolboxEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's verified results (issue 10 point 12): a bounded sample of completed work, signed in
 * the years the 2011/12 report covers, with every kind of outcome, and the CP Toolbox's ballparks.
 * Shares the demo context of {@link DemoProgrammeTests}.
 */
@SpringBootTest(properties = "cppp.demo=true")
@AutoConfigureMockMvc
class DemoOutcomesTests {

  @Autowired ProgressReports reports;
  @Autowired Toolbox toolbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  @Test
  void theReportFor2011And12ShowsVerifiedOutcomesOfEveryKind() {
    Long signed =
        jdbc.queryForObject(
            "select count(*) from verification_result where reason = 'SIGNED'", Long.class);
    assertThat(signed).isBetween(20L, 40L);
    ProgressReport.Outcomes o =
        SystemActor.call(() -> reports.report(SeedFigures.REPORT_YEAR, null)).outcomes();
    assertThat(o.verifiedInYear()).isPositive();
    assertThat(o.verifiedCumulative()).isGreaterThan(o.verifiedInYear());
    ProgressReport.Benefits all = o.cumulative();
    assertThat(List.of(all.electricityMwh(), all.co2Tonnes(), all.noxTonnes(), all.so2Tonnes()))
        .allMatch(v -> v > 0);
    assertThat(List.of(all.vocTonnes(), all.pmTonnes(), all.wastewaterM3())).allMatch(v -> v > 0);
    assertThat(all.costSavingHkd()).isPositive();
    for (TechnologyCategory t : TechnologyCategory.values()) {
      assertThat(o.byTechnology().get(t).projects()).as("%s", t).isPositive();
    }
  }

  @Test
  void theToolboxGivesBallparksForTheLargestSectors() {
    List<ToolboxEntry> metal = toolbox.forSector(Sector.METAL_AND_METAL_PRODUCTS);
    assertThat(metal).extracting(ToolboxEntry::technology).contains(TechnologyCategory.values());
    // every category has demonstration projects, whose cost a verification's row would not have
    assertThat(metal)
        .filteredOn(e -> e.named() == null)
        .allMatch(e -> e.medianCostHkd().signum() > 0);
    // the demo's cases name their technologies: some are recorded by enough to have a row
    assertThat(metal).filteredOn(e -> e.named() != null).isNotEmpty();
    assertThat(metal)
        .filteredOn(e -> e.technology() == TechnologyCategory.ENERGY_SAVING)
        .allMatch(e -> e.medianCo2TonnesPerYear() > 0 && e.medianPaybackYears() > 0);
    assertThat(toolbox.forSector(Sector.TEXTILES)).isNotEmpty();
  }

  @Test
  void theApplicantsDemonstrationProjectWentFromCompletionReportToSignedVerificationToFinalPayment()
      throws Exception {
    String ref =
        jdbc.queryForObject(
            "select a.reference from funding_application a where a.factory_br = ? and a.scheme ="
                + " 'DEMONSTRATION_PROJECT' and exists (select 1 from application_deliverable d"
                + " where d.application_id = a.id and d.kind = 'COMPLETION_REPORT')",
            String.class,
            DemoFactories.APPLICANT_BR);
    String timeline = api("/api/applications/" + ref + "/timeline");
    List<Map<String, Object>> entries = JsonPath.read(timeline, "$");
    int accepted = index(entries, e -> "ACCEPTED".equals(e.get("deliverableAction")));
    int signed = index(entries, e -> "VERIFICATION_SIGNED".equals(e.get("milestone")));
    int completed = index(entries, e -> "COMPLETED".equals(e.get("to")));
    int paid = index(entries, e -> "PAYMENT".equals(e.get("milestone")));
    assertThat(List.of(accepted, signed, completed, paid)).isSorted().doesNotHaveDuplicates();
    assertThat(entries.get(accepted)).containsEntry("deliverable", "COMPLETION_REPORT");
    assertThat(entries.get(accepted)).containsEntry("actor", "qa");
    assertThat(entries.get(signed)).containsEntry("actor", "qa");
    assertThat(entries.get(signed).get("effectiveOn")).isEqualTo(LocalDate.now(clock).toString());

    Long caseId =
        jdbc.queryForObject(
            "select id from verification_case where application_ref = ?", Long.class, ref);
    String result = api("/api/verifications/" + caseId + "/result");
    String saving = JsonPath.read(result, "$.costSavingHkdPerYear");
    assertThat(new BigDecimal(saving)).isPositive();
    assertThat(new BigDecimal((String) entries.get(signed).get("amountHkd")))
        .isEqualByComparingTo(saving);

    String payments = api("/api/applications/" + ref + "/payments");
    String grant = JsonPath.read(payments, "$.grantHkd");
    assertThat(new BigDecimal(grant)).isPositive();
    assertThat(new BigDecimal((String) entries.get(paid).get("amountHkd")))
        .isEqualByComparingTo(grant);
    assertThat((String) JsonPath.read(payments, "$.outstandingHkd")).isEqualTo("0.00");
    assertThat((Boolean) JsonPath.read(payments, "$.completion.met")).isTrue();
    assertThat(entries.get(entries.size() - 1)).isEqualTo(entries.get(paid));
  }

  private String api(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic("applicant", DemoAccounts.PASSWORD)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static int index(
      List<Map<String, Object>> entries, java.util.function.Predicate<Map<String, Object>> which) {
    for (int i = 0; i < entries.size(); i++) {
      if (which.test(entries.get(i))) {
        return i;
      }
    }
    throw new AssertionError("not on the timeline");
  }
}
