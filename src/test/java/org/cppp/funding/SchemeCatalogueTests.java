package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.reporting.ProgressReport;
import org.cppp.reporting.ProgressReports;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Schemes as data: the DP(ii) and organisation support defined through the API, the 2020
 * phase naming them, quotes under it, and a scheme the phase in force does not fund refused. Its
 * own database (the 2020 phase would otherwise change the rules other tests read), in order.
 */
@IntegrationTest
@DirtiesContext
@TestPropertySource(properties = "cppp.test.database=scheme-catalogue")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemeCatalogueTests {

  static final String DP_II =
      """
      {"code":"DEMONSTRATION_PROJECT_II","initiative":"DEMONSTRATION","names":{"en":"Demonstration project (ii): research and innovation","zh-HK":"示範項目(二)：研發及創新","zh-CN":"示范项目(二)：研发及创新"},"applicants":["HK_BUSINESS"],"needsCommittee":true}
      """;

  static final String ORGANISATION_SUPPORT =
      """
      {"code":"ORGANISATION_SUPPORT","initiative":"ORGANISATION_SUPPORT","names":{"en":"Organisation Support Initiative","zh-HK":"機構支援計劃","zh-CN":"机构支援计划"},"applicants":["TRADE_ASSOCIATION"],"needsCommittee":true}
      """;

  static final String PHASE_2020 =
      """
      {"name":"2020 phase","effectiveFrom":"2020-04-01","schemes":[{"scheme":"ON_SITE_ASSESSMENT","share":"0.50","ceiling":"45000.00","completionMonths":3},{"scheme":"DEMONSTRATION_PROJECT_I","share":"0.50","ceiling":"450000.00","completionMonths":12},{"scheme":"DEMONSTRATION_PROJECT_II","share":"0.50","ceiling":"650000.00","completionMonths":12},{"scheme":"ORGANISATION_SUPPORT","share":"0.90","ceiling":null,"completionMonths":12}]}
      """;

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired TestClock clock;
  @Autowired HistoricalApplications history;
  @Autowired ProgressReports reports;
  @Autowired CommitteeAuthority committee;
  @Autowired AuditTrail audit;

  @BeforeEach
  void in2020() {
    clock.setDate(LocalDate.of(2020, 6, 1));
  }

  @AfterEach
  void backToDefault() {
    clock.reset();
  }

  @Test
  @Order(1)
  void officerDefinesSchemesAndAddsThe2020PhaseNamingThem() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    send(officer, "/api/funding/schemes", DP_II)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value("DEMONSTRATION_PROJECT_II"))
        .andExpect(jsonPath("$.initiative").value("DEMONSTRATION"))
        .andExpect(jsonPath("$.names['zh-HK']").value("示範項目(二)：研發及創新"))
        .andExpect(jsonPath("$.needsCommittee").value(true));
    assertThat(audit.of(FundingRules.SCHEME_AUDIT_TYPE, "DEMONSTRATION_PROJECT_II"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("CREATED");
              assertThat(e.actor()).isEqualTo(officer);
              assertThat(e.changes())
                  .containsEntry("initiative", "DEMONSTRATION")
                  .containsEntry("needsCommittee", true)
                  .containsEntry("zh-HK", "示範項目(二)：研發及創新");
            });
    send(accounts.create(Role.ADMIN), "/api/funding/schemes", ORGANISATION_SUPPORT)
        .andExpect(status().isCreated());
    send(officer, "/api/funding/phases", PHASE_2020)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("2020 phase"))
        .andExpect(jsonPath("$.rules.length()").value(4));
    mvc.perform(get("/api/funding/schemes"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItem("ORGANISATION_SUPPORT")))
        .andExpect(jsonPath("$[0].code").value("ON_SITE_ASSESSMENT"));
  }

  @Test
  @Order(2)
  void quotesEverySchemeOfThePhaseInForce() throws Exception {
    quote("ON_SITE_ASSESSMENT", "100000", "2020-05-01")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.governmentShare").value("45000.00"))
        .andExpect(jsonPath("$.phase").value("2020 phase"));
    quote("DEMONSTRATION_PROJECT_II", "2000000", "2020-05-01")
        .andExpect(jsonPath("$.governmentShare").value("650000.00"))
        .andExpect(jsonPath("$.factoryShare").value("1350000.00"));
    quote("ORGANISATION_SUPPORT", "1000000", "2020-05-01")
        .andExpect(jsonPath("$.governmentShare").value("900000.00"))
        .andExpect(jsonPath("$.ceiling").value(nullValue()));
    quote("ON_SITE_ASSESSMENT", "100000", "2012-01-01")
        .andExpect(jsonPath("$.governmentShare").value("15000.00"));
    mvc.perform(get("/funding/calculator").param("lang", "zh-HK"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("示範項目(二)：研發及創新")));
  }

  @Test
  @Order(3)
  void refusesAQuoteOfASchemeAbsentFromThePhaseInForce() throws Exception {
    quote("VERIFICATION", "10000", "2020-05-01")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("scheme"));
    quote("DEMONSTRATION_PROJECT_II", "10000", "2012-01-01")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("scheme"));
    quote("NO_SUCH_SCHEME", "10000", "2020-05-01")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("scheme"));
  }

  @Test
  @Order(4)
  void refusesADraftOfASchemeAbsentFromThePhaseInForce() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    send(applicant, "/api/applications", draft(br, "VERIFICATION"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("scheme"));
    send(applicant, "/api/applications", draft(br, "DEMONSTRATION_PROJECT_II"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.scheme").value("DEMONSTRATION_PROJECT_II"))
        // a demonstration project of the catalogue keeps its technology, as the launch one does
        .andExpect(jsonPath("$.technology").value("VOC_REDUCTION"));
  }

  @Test
  @Order(5)
  void onlyOfficersAndAdminsDefineSchemes() throws Exception {
    String body = DP_II.replace("DEMONSTRATION_PROJECT_II", "DEMONSTRATION_PROJECT_III");
    send(accounts.applicantOf(fixtures.eligibleFactory()), "/api/funding/schemes", body)
        .andExpect(status().isForbidden());
    send(accounts.create(Role.COMMITTEE), "/api/funding/schemes", body)
        .andExpect(status().isForbidden());
  }

  @Test
  @Order(6)
  void definingASchemeRefusesBadInputNamingTheField() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    send(officer, "/api/funding/schemes", DP_II)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    String other = DP_II.replace("DEMONSTRATION_PROJECT_II", "DP_IV");
    send(officer, "/api/funding/schemes", other.replace("\"DEMONSTRATION\"", "\"OTHER\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("initiative"));
    send(officer, "/api/funding/schemes", other.replace("\"zh-CN\"", "\"fr\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("names.zh-CN"));
    send(officer, "/api/funding/schemes", other.replace("HK_BUSINESS", "ANYONE"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("applicants[0]"));
    send(officer, "/api/funding/schemes", other.replace("DP_IV", "dp iv"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  @Order(7)
  void progressReportSumsDemonstrationProjectsIAndIiInTheDemonstrationRow() {
    clock.setDate(LocalDate.of(2022, 6, 1));
    String br = fixtures.eligibleFactory();
    approved("DP1-2021-01", "DEMONSTRATION_PROJECT_I", br);
    approved("DP2-2021-01", "DEMONSTRATION_PROJECT_II", br);
    approved("DP2-2021-02", "DEMONSTRATION_PROJECT_II", br);
    approved("OSI-2021-01", "ORGANISATION_SUPPORT", br);

    ProgressReport report =
        SystemActor.call(() -> reports.report(FinancialYear.of(2021), LocalDate.of(2022, 3, 31)));

    List<ProgressReport.ApprovalRow> rows = report.approvals().rows();
    assertThat(rows)
        .extracting(r -> r.scheme().code())
        .containsExactly(
            "ON_SITE_ASSESSMENT", "DEMONSTRATION_PROJECT", "VERIFICATION", "ORGANISATION_SUPPORT");
    assertThat(rows.get(1).byYear().get(rows.get(1).byYear().size() - 1)).isEqualTo(3);
    assertThat(rows.get(3).cumulative()).isEqualTo(1);
    assertThat(report.approvals().approvedInYear()).isEqualTo(4);
  }

  @Test
  @Order(8)
  void aSchemeThatNeedsTheCommitteeMayNotBeDelegated() {
    assertThatThrownBy(
            () -> committee.inForce("100000.00", Scheme.valueOf("DEMONSTRATION_PROJECT_II")))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("schemes"));
    assertThat(committee.inForce("100000.00", Scheme.DEMONSTRATION_PROJECT).schemes())
        .containsExactly(Scheme.DEMONSTRATION_PROJECT);
  }

  private void approved(String reference, String scheme, String br) {
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    reference,
                    Scheme.valueOf(scheme),
                    br,
                    null,
                    new BigDecimal("100000.00"),
                    LocalDate.of(2021, 5, 3),
                    ApplicationStatus.APPROVED,
                    LocalDate.of(2021, 8, 2),
                    TechnologyCategory.ENERGY_SAVING,
                    "Initiative row")));
  }

  private ResultActions send(String user, String path, String json) throws Exception {
    return mvc.perform(
        post(path).with(accounts.api(user)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private ResultActions quote(String scheme, String cost, String date) throws Exception {
    return mvc.perform(
        get("/api/funding/quote").param("scheme", scheme).param("cost", cost).param("date", date));
  }

  private static String draft(String br, String scheme) {
    return """
        {"factoryBr":"%s","scheme":"%s","title":"Solvent recovery research",
         "costItems":[{"description":"Pilot rig","amountHkd":"800000"}],
         "technology":"VOC_REDUCTION","expectedBenefits":"Less VOC"}
        """
        .formatted(br, scheme);
  }
}
