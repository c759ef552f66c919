package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@IntegrationTest
class ScreeningOverrideTests extends ScreeningSteps {

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
