package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.cppp.audit.AuditTrail;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.provider.Providers;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ScreeningOverrideTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired Providers providers;
  @Autowired org.cppp.factory.Factories factories;
  @Autowired HistoricalApplications history;
  @Autowired AuditTrail audit;
  @Autowired TestClock clock;

  /** An on-site assessment of the factory, submitted and in screening; its reference. */
  String inScreening(String br, String provider) throws Exception {
    String applicant = accounts.applicantOf(br);
    String body =
        """
        {"factoryBr":"%s","scheme":"ON_SITE_ASSESSMENT","providerCode":"%s","title":"Audit",
         "costItems":[{"description":"Assessment","amountHkd":"30000"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, provider);
    String ref =
        JsonPath.read(
            mvc.perform(
                    post("/api/applications")
                        .with(accounts.api(applicant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.reference");
    mvc.perform(
            multipart("/api/applications/" + ref + "/documents")
                .file(new MockMultipartFile("file", "q.pdf", "application/pdf", PDF))
                .param("kind", "QUOTATION")
                .with(accounts.api(applicant)))
        .andExpect(status().isCreated());
    act(applicant, ref, "submit", "{}").andExpect(status().isOk());
    act(staff(), ref, "screen", "{}").andExpect(status().isOk());
    return ref;
  }

  static final byte[] PDF = "%PDF-1.4\n% quotation\n".getBytes();

  String staff() {
    return accounts.create(Role.OFFICER);
  }

  ResultActions act(String user, String ref, String action, String body) throws Exception {
    return mvc.perform(
        post("/api/applications/" + ref + "/" + action)
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  ResultActions override(String user, String ref, String json) throws Exception {
    return mvc.perform(
        post("/api/applications/" + ref + "/screening/overrides")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  ResultActions ready(String ref) throws Exception {
    return act(staff(), ref, "ready", "{\"note\":\"Screened\"}");
  }

  void blockedNaming(String ref, String checkName) throws Exception {
    ready(ref)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("screening"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString(checkName)));
  }

  /** An application of the factory in screening, the factory no longer eligible since. */
  String ineligibleAfterSubmission(String br) throws Exception {
    String ref = inScreening(br, fixtures.registeredProvider());
    SystemActor.run(
        () ->
            factories.update(
                br,
                new FactoryDetails(
                    br,
                    "Test Factory " + br,
                    "測試工廠",
                    false,
                    "DONGGUAN",
                    Sector.METAL_AND_METAL_PRODUCTS,
                    LocalDate.of(2009, 1, 1),
                    "1 Test Road",
                    "Ms Test",
                    "+852 2000 0000",
                    "factory-" + br + "@example.com",
                    null)));
    return ref;
  }

  String repeatedAssessment() throws Exception {
    String br = fixtures.eligibleFactory();
    ScreeningTests.approvedAssessment(history, br, clock.today().minusYears(2));
    return inScreening(br, fixtures.registeredProvider());
  }

  @Test
  void aFactoryNoLongerEligibleBlocksReadyForTheCommittee() throws Exception {
    blockedNaming(ineligibleAfterSubmission(fixtures.eligibleFactory()), "Eligibility");
  }

  @Test
  void aProviderTakenOffTheRegisterBlocksReadyForTheCommittee() throws Exception {
    String provider = fixtures.registeredProvider();
    String ref = inScreening(fixtures.eligibleFactory(), provider);
    SystemActor.run(() -> providers.remove(provider, clock.today(), "Ceased trading"));
    blockedNaming(ref, "ET service provider");
  }

  @Test
  void anEarlierAssessmentWithinTheRepeatWindowBlocksReadyForTheCommittee() throws Exception {
    blockedNaming(repeatedAssessment(), "Earlier assessment");
  }

  @Test
  void aSecondOpenApplicationBlocksReadyForTheCommitteeNamingTheCheckInChinese() throws Exception {
    String br = fixtures.eligibleFactory();
    inScreening(br, fixtures.registeredProvider());
    String second = inScreening(br, fixtures.registeredProvider());
    blockedNaming(second, "Open application");
    mvc.perform(
            post("/api/applications/" + second + "/ready")
                .with(accounts.api(staff()))
                .cookie(new Cookie("cppp-lang", "zh-HK"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("未能提交委員會")));
  }

  @Test
  void anOverrideWithAReasonLetsTheFailedCheckThroughAndIsKeptAuditedAndOnTheTimeline()
      throws Exception {
    String ref = repeatedAssessment();
    String officer = staff();
    override(officer, ref, "{\"reason\":\"Earlier audit covered another plant\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].check").value("REPEAT_ASSESSMENT"))
        .andExpect(jsonPath("$[0].overriddenBy").value(officer));
    ready(ref)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("READY_FOR_COMMITTEE"));
    override(officer, ref, "{\"reason\":\"Once more\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("only while")));
    String committee = accounts.create(Role.COMMITTEE);
    mvc.perform(
            get("/api/applications/" + ref + "/screening/overrides").with(accounts.api(committee)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].reason").value("Earlier audit covered another plant"));
    mvc.perform(get("/api/applications/" + ref + "/timeline").with(accounts.api(officer)))
        .andExpect(jsonPath("$[*].overriddenCheck").value(Matchers.hasItem("REPEAT_ASSESSMENT")));
    assertThat(SystemActor.call(() -> audit.of("application", ref)))
        .anySatisfy(e -> assertThat(e.toString()).contains("SCREENING_OVERRIDE"));
  }

  @Test
  void overridingOneCheckLeavesTheOtherFailingCheckBlocking() throws Exception {
    String br = fixtures.eligibleFactory();
    ScreeningTests.approvedAssessment(history, br, clock.today().minusYears(1));
    inScreening(br, fixtures.registeredProvider());
    String ref = inScreening(br, fixtures.registeredProvider());
    override(staff(), ref, "{\"checks\":[\"OPEN_DUPLICATE\"],\"reason\":\"Other one withdrawn\"}")
        .andExpect(status().isCreated());
    ready(ref)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("Earlier assessment")))
        .andExpect(
            jsonPath("$.detail").value(Matchers.not(Matchers.containsString("Open application"))));
    override(staff(), ref, "{\"checks\":[\"OPEN_DUPLICATE\"],\"reason\":\"Again\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("checks"));
  }

  @Test
  void anOverrideNeedsAReasonAndAnOfficer() throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = ineligibleAfterSubmission(br);
    override(staff(), ref, "{\"reason\":\"  \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    override(staff(), ref, "{\"reason\":\"%s\"}".formatted("x".repeat(2001)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("at most 2,000 characters")));
    override(accounts.applicantOf(br), ref, "{\"reason\":\"Please\"}")
        .andExpect(status().isForbidden());
    override(accounts.create(Role.QA), ref, "{\"reason\":\"Please\"}")
        .andExpect(status().isForbidden());
    override(accounts.create(Role.COMMITTEE), ref, "{\"reason\":\"Please\"}")
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/applications/" + ref + "/screening/overrides").with(accounts.api(staff())))
        .andExpect(jsonPath("$").isEmpty());
  }

  @Test
  void theScreeningPageShowsTheFormAndTheOverrideReason() throws Exception {
    String ref = ineligibleAfterSubmission(fixtures.eligibleFactory());
    String officer = staff();
    String page =
        mvc.perform(get("/applications/" + ref).with(accounts.page(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("/screening/overrides").contains("value=\"ELIGIBILITY\"");
    mvc.perform(
            post("/applications/" + ref + "/screening/overrides")
                .param("checks", "ELIGIBILITY")
                .param("reason", "Ownership change is being registered")
                .with(accounts.page(officer))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(redirectedUrl("/applications/" + ref));
    String after =
        mvc.perform(
                get("/applications/" + ref)
                    .with(accounts.page(officer))
                    .cookie(new Cookie("cppp-lang", "zh-HK")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(after).contains("Ownership change is being registered").contains("已豁免");
    assertThat(after).doesNotContain("value=\"ELIGIBILITY\"");
  }
}
