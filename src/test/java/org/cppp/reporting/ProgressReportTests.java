package org.cppp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.FundingApplications;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report's figures and its JSON for the future financial year 2034/35. */
@IntegrationTest
class ProgressReportTests {

  static final FinancialYear YEAR = FinancialYear.of(ReportFixtures.YEAR);

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired ApplicationContext context;
  @Autowired ProgressReports reports;
  @Autowired FundingApplications applications;

  private final JsonMapper json = JsonMapper.builder().build();
  private String withdrawable;

  @BeforeEach
  void programme() {
    withdrawable = new ReportFixtures(context).programme();
  }

  ProgressReport report(FinancialYear year, LocalDate asAt) {
    return SystemActor.call(() -> reports.report(year, asAt));
  }

  @Test
  void apiAnswersTheExactShapeOfTheReport() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String body =
        mvc.perform(get("/api/reports/progress?year=2034").with(accounts.api(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .startsWith(
            "{\"financialYear\":\"2034/35\",\"from\":\"2034-04-01\",\"to\":\"2035-03-31\","
                + "\"asAt\":\"2035-03-31\",\"approvals\":{\"years\":[\"2008/09\",\"2009/10\"");
    JsonNode root = json.readTree(body);
    assertThat(names(root))
        .containsExactly(
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
            "outcomes");
    JsonNode approvals = root.get("approvals");
    assertThat(names(approvals)).containsExactly("years", "rows", "approvedInYear", "cumulative");
    assertThat(approvals.get("years")).hasSize(27);
    assertThat(approvals.get("years").get(26).asString()).isEqualTo("2034/35");
    JsonNode rows = approvals.get("rows");
    assertThat(names(rows.get(0))).containsExactly("scheme", "byYear", "cumulative");
    assertThat(rows.get(0).get("scheme").asString()).isEqualTo("ON_SITE_ASSESSMENT");
    assertThat(rows.get(0).get("byYear").get(26).isNumber()).isTrue();
    assertThat(rows.get(0).get("byYear").get(26).asLong()).isEqualTo(1);
    assertThat(rows.get(1).get("byYear").get(26).asLong()).isEqualTo(2);
    assertThat(rows.get(2).get("byYear").get(26).asLong()).isEqualTo(1);
    assertThat(approvals.get("approvedInYear").asLong()).isEqualTo(4);
    long sum = 0;
    for (JsonNode row : rows) {
      sum += row.get("cumulative").asLong();
    }
    assertThat(approvals.get("cumulative").asLong()).isEqualTo(sum);
    assertThat(names(root.get("demonstrationByTechnology")))
        .containsExactly(
            "ENERGY_SAVING", "VOC_REDUCTION", "AIR_POLLUTANT_REDUCTION", "EFFLUENT_REDUCTION");
    assertThat(names(root.get("sectors").get(0))).containsExactly("sector", "factories");
    assertThat(names(root.get("providers")))
        .containsExactly("joinedInYear", "removedInYear", "registered", "byBase");
    assertThat(names(root.get("providers").get("byBase")))
        .containsExactly("HONG_KONG", "PRD", "OTHER");
    assertThat(root.get("providers").get("joinedInYear").asLong()).isEqualTo(2);
    assertThat(root.get("providers").get("removedInYear").asLong()).isEqualTo(1);
    assertThat(names(root.get("awareness")))
        .containsExactly(
            "activitiesInYear",
            "participantsInYear",
            "activitiesCumulative",
            "participantsCumulative",
            "exhibitionsInYear",
            "exhibitionVisitorsInYear",
            "siteVisitsInYear");
    assertThat(root.get("awareness").get("activitiesInYear").asLong()).isEqualTo(2);
    assertThat(root.get("awareness").get("participantsInYear").asLong()).isEqualTo(65);
    assertThat(root.get("awareness").get("exhibitionsInYear").asLong()).isEqualTo(1);
    assertThat(root.get("awareness").get("exhibitionVisitorsInYear").asLong()).isEqualTo(300);
    assertThat(root.get("awareness").get("siteVisitsInYear").asLong()).isZero();
    assertThat(names(root.get("publications"))).containsExactly("publishedInYear", "inPreparation");
    assertThat(root.get("publications").get("publishedInYear").asLong()).isEqualTo(1);
    assertThat(names(root.get("committee"))).containsExactly("meetingsInYear");
    assertThat(root.get("committee").get("meetingsInYear").asLong()).isZero();
    assertThat(names(root.get("recognition")))
        .containsExactly(
            "cycle", "MANUFACTURING_ENTERPRISE", "ET_SERVICE_PROVIDER", "SOURCING_ENTERPRISE");
    assertThat(root.get("recognition").get("cycle").asInt()).isEqualTo(2034);
    assertThat(root.get("recognition").get("MANUFACTURING_ENTERPRISE").asLong()).isEqualTo(2);
    assertThat(root.get("recognition").get("ET_SERVICE_PROVIDER").asLong()).isZero();
    assertThat(root.get("recognition").get("SOURCING_ENTERPRISE").asLong()).isEqualTo(1);
  }

  @Test
  void figuresSinceTheLaunchGrowByTheYearsOwn() {
    ProgressReport before = report(FinancialYear.of(2033), null);
    ProgressReport after = report(YEAR, null);
    assertThat(
            after.demonstrationByTechnology().get(TechnologyCategory.ENERGY_SAVING)
                - before.demonstrationByTechnology().get(TechnologyCategory.ENERGY_SAVING))
        .isEqualTo(1);
    assertThat(
            after.demonstrationByTechnology().get(TechnologyCategory.VOC_REDUCTION)
                - before.demonstrationByTechnology().get(TechnologyCategory.VOC_REDUCTION))
        .isEqualTo(1);
    assertThat(after.providers().registered() - before.providers().registered()).isEqualTo(1);
    assertThat(after.providers().byBase().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(after.providers().registered());
    assertThat(after.awareness().activitiesCumulative() - before.awareness().activitiesCumulative())
        .isEqualTo(2);
    assertThat(after.approvals().cumulative() - before.approvals().cumulative()).isEqualTo(4);
    assertThat(after.sectors())
        .extracting(ProgressReport.SectorFactories::sector)
        .contains("METAL_AND_METAL_PRODUCTS", "TEXTILES");
  }

  @Test
  void aReportAsAtMidYearCountsOnlyWhatWasDecidedAndHeldByThen() {
    ProgressReport mid = report(YEAR, ReportFixtures.MID_YEAR);
    assertThat(mid.asAt()).isEqualTo(ReportFixtures.MID_YEAR);
    assertThat(mid.approvals().approvedInYear()).isEqualTo(2);
    assertThat(mid.approvals().rows().get(1).byYear().get(26)).isEqualTo(1);
    assertThat(mid.providers().joinedInYear()).isEqualTo(2);
    assertThat(mid.providers().removedInYear()).isZero();
    assertThat(mid.awareness().activitiesInYear()).isEqualTo(1);
    assertThat(mid.awareness().participantsInYear()).isEqualTo(40);
    assertThat(mid.publications().publishedInYear()).isZero();
  }

  @Test
  void aWithdrawalAfterTheYearsEndDoesNotChangeThatYearsReport() throws Exception {
    ProgressReport before = report(YEAR, null);
    SystemActor.run(
        () ->
            applications.act(
                withdrawable,
                ApplicationAction.WITHDRAW,
                new ActionInput("The factory closed", null, null)));
    ProgressReport after = report(YEAR, null);
    assertThat(json.writeValueAsString(after)).isEqualTo(json.writeValueAsString(before));
    assertThat(after.approvals().approvedInYear()).isEqualTo(4);
  }

  @Test
  void decisionsAfterTheYearsEndCountInTheNextYear() {
    ProgressReport next = report(FinancialYear.of(2035), LocalDate.of(2035, 5, 1));
    assertThat(next.approvals().years()).hasSize(28);
    assertThat(next.approvals().rows().get(2).byYear().get(27)).isEqualTo(1);
  }

  @Test
  void refusesAYearBeforeTheLaunchAndADateBeforeTheYear() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/api/reports/progress?year=2005").with(accounts.api(officer)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/reports/progress?year=2011&asAt=2011-01-01").with(accounts.api(officer)))
        .andExpect(status().isBadRequest());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
