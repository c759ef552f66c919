package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The repeat-assessment rule at screening: a second on-site assessment only five years after the
 * first was completed, with a measure involving investment implemented, and the process or material
 * usage changed or recognition pursued; else it blocks the committee unless overridden.
 */
@IntegrationTest
class RepeatAssessmentRuleTests extends ScreeningSteps {

  /** A second assessment in screening, the first completed more than five years ago. */
  String secondAfterFiveYears(String br) throws Exception {
    ScreeningTests.approvedAssessment(history, br, clock.today().minusYears(5).minusMonths(6));
    return inScreening(br, fixtures.registeredProvider());
  }

  ResultActions claim(String user, String ref, String json) throws Exception {
    return mvc.perform(
        put("/api/applications/" + ref + "/repeat-assessment")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  ResultActions repeatFinding(String ref) throws Exception {
    return mvc.perform(get("/api/applications/" + ref + "/screening").with(accounts.api(staff())));
  }

  static final String PATH = "$.findings[?(@.check == 'REPEAT_ASSESSMENT')]";

  @Test
  void aSecondAssessmentFiveYearsOnWithAMeasureImplementedAndRecognitionPursuedPasses()
      throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = secondAfterFiveYears(br);
    claim(
            accounts.applicantOf(br),
            ref,
            "{\"measureImplemented\":true,\"processChanged\":false,\"pursuesRecognition\":true}")
        .andExpect(status().isOk());

    repeatFinding(ref)
        .andExpect(jsonPath(PATH + ".passed").value(Matchers.contains(true)))
        .andExpect(
            jsonPath(PATH + ".messageKey").value(Matchers.contains("screening.repeat.allowed")));
    ready(ref).andExpect(status().isOk());
    assertThat(SystemActor.call(() -> audit.of("application", ref)))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("REPEAT_CLAIM"));
  }

  @Test
  void withoutAnInvestmentMeasureImplementedASecondAssessmentFailsAndBlocksTheCommittee()
      throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = secondAfterFiveYears(br);
    claim(
            staff(),
            ref,
            "{\"measureImplemented\":false,\"processChanged\":true,\"pursuesRecognition\":true}")
        .andExpect(status().isOk());

    repeatFinding(ref)
        .andExpect(jsonPath(PATH + ".passed").value(Matchers.contains(false)))
        .andExpect(
            jsonPath(PATH + ".messageKey").value(Matchers.contains("screening.repeat.no-measure")));
    blockedNaming(ref, "Earlier assessment");
  }

  @Test
  void withNeitherAProcessChangeNorRecognitionASecondAssessmentFails() throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = secondAfterFiveYears(br);
    claim(
            staff(),
            ref,
            "{\"measureImplemented\":true,\"processChanged\":false,\"pursuesRecognition\":false}")
        .andExpect(status().isOk());

    repeatFinding(ref)
        .andExpect(
            jsonPath(PATH + ".messageKey").value(Matchers.contains("screening.repeat.no-change")));
  }

  @Test
  void aSecondAssessmentWithoutAStatementFailsAndAnOfficerOverridesItWithAReason()
      throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = secondAfterFiveYears(br);
    repeatFinding(ref)
        .andExpect(
            jsonPath(PATH + ".messageKey").value(Matchers.contains("screening.repeat.no-claim")));
    blockedNaming(ref, "Earlier assessment");

    override(staff(), ref, "{\"checks\":[\"REPEAT_ASSESSMENT\"],\"reason\":\"Plant rebuilt\"}")
        .andExpect(status().isCreated());
    ready(ref).andExpect(status().isOk());
  }

  @Test
  void theReasonIsShownOnTheApplicationPageInEachLanguage() throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = secondAfterFiveYears(br);
    String officer = staff();
    String[][] expected = {
      {"en", "needs at least one recommended measure involving investment"},
      {"zh-HK", "須至少已實施一項涉及投資的建議措施"},
      {"zh-CN", "须至少已实施一项涉及投资的建议措施"}
    };
    claim(
        officer,
        ref,
        "{\"measureImplemented\":false,\"processChanged\":true,\"pursuesRecognition\":false}");
    for (String[] language : expected) {
      mvc.perform(
              get("/applications/" + ref)
                  .with(accounts.page(officer))
                  .cookie(new Cookie("cppp-lang", language[0])))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString(language[1])));
    }
  }

  @Test
  void anotherFactorysApplicantOrACommitteeMemberMayNotStateTheClaim() throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = secondAfterFiveYears(br);
    String body =
        "{\"measureImplemented\":true,\"processChanged\":true,\"pursuesRecognition\":true}";
    claim(accounts.applicantOf(fixtures.eligibleFactory()), ref, body)
        .andExpect(status().isNotFound());
    claim(accounts.create(Role.COMMITTEE), ref, body).andExpect(status().isForbidden());
    claim(staff(), ref, "{\"measureImplemented\":true}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("processChanged")));
  }
}
