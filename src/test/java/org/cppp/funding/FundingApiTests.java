package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.DateInput;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quote API and calculator, and adding phases through the API and the page. Phases added here
 * start near the horizon of plausible dates, so the rules in force today stay the launch phase's
 * for other tests.
 */
@IntegrationTest
class FundingApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired FundingRules rules;
  @Autowired TestClock clock;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void quoteApiAnswersExactJsonWithoutSignIn() throws Exception {
    mvc.perform(
            get("/api/funding/quote")
                .param("scheme", "ON_SITE_ASSESSMENT")
                .param("cost", "40000")
                .param("date", "2012-01-01"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    "{\"scheme\":\"ON_SITE_ASSESSMENT\",\"cost\":\"40000.00\","
                        + "\"governmentShare\":\"15000.00\",\"factoryShare\":\"25000.00\","
                        + "\"ceiling\":\"15000.00\",\"phase\":\"Launch phase\"}"));
  }

  @Test
  void quoteRoundsTheGovernmentShareDown() throws Exception {
    mvc.perform(
            get("/api/funding/quote")
                .param("scheme", "ON_SITE_ASSESSMENT")
                .param("cost", "12345.67")
                .param("date", "2012-01-01"))
        .andExpect(jsonPath("$.governmentShare").value("6172.83"))
        .andExpect(jsonPath("$.factoryShare").value("6172.84"));
  }

  @Test
  void quoteRefusesBadCostNamingIt() throws Exception {
    for (String cost : List.of("-1", "10.001", "abc", "")) {
      mvc.perform(get("/api/funding/quote").param("scheme", "VERIFICATION").param("cost", cost))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("cost"));
    }
  }

  @Test
  void quoteRefusesDateBeforeTheLaunchPhase() throws Exception {
    mvc.perform(
            get("/api/funding/quote")
                .param("scheme", "VERIFICATION")
                .param("cost", "100")
                .param("date", "2008-03-31"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
  }

  @Test
  void officerAddsPhaseThroughTheApiAndItAppliesFromItsDate() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    LocalDate from = nextFreeDate();
    mvc.perform(
            post("/api/funding/phases")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(phaseJson(from, "0.50", "300000.00", "VERIFICATION")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("Phase " + from))
        .andExpect(jsonPath("$.repeatAssessmentYears").value(5))
        .andExpect(jsonPath("$.rules[0].ceilingHkd").value("25000.00"))
        .andExpect(jsonPath("$.rules[0].completionMonths").value(3));
    quote(from.minusDays(1)).andExpect(jsonPath("$.governmentShare").value("15000.00"));
    quote(from)
        .andExpect(jsonPath("$.governmentShare").value("25000.00"))
        .andExpect(jsonPath("$.phase").value("Phase " + from));
    mvc.perform(get("/api/funding/phases").with(accounts.api(accounts.create(Role.QA))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("Launch phase"));
  }

  @Test
  void aPhaseAddedInATransactionThatRollsBackIsNeverInForce() {
    String officer = accounts.create(Role.OFFICER);
    LocalDate from = nextFreeDate();
    String name = "Rolled back " + from;
    NewPhase phase =
        new NewPhase(
            name,
            from,
            null,
            List.of(
                new NewPhase.Terms(
                    Scheme.ON_SITE_ASSESSMENT, new BigDecimal("0.50"), new BigDecimal("1.00"), 3),
                new NewPhase.Terms(
                    Scheme.DEMONSTRATION_PROJECT,
                    new BigDecimal("0.50"),
                    new BigDecimal("1.00"),
                    12),
                new NewPhase.Terms(
                    Scheme.VERIFICATION, new BigDecimal("1.00"), new BigDecimal("1.00"), 3)));
    String seenInside =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  accounts.as(officer, () -> rules.addPhase(phase));
                  String inForce = SystemActor.call(() -> rules.phaseOn(from)).name();
                  status.setRollbackOnly();
                  return inForce;
                });
    assertThat(seenInside).isEqualTo(name);
    // the rules held in memory were read with the phase; once it is gone they are read again
    assertThat(SystemActor.call(() -> rules.phaseOn(from)).name()).isNotEqualTo(name);
    assertThat(SystemActor.call(rules::phases)).extracting(Phase::name).doesNotContain(name);
  }

  @Test
  void addingPhaseRefusesBadInputNamingTheField() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    LocalDate from = nextFreeDate();
    refused(admin, phaseJson(LocalDate.of(2008, 4, 1), "0.50", "300000.00", "VERIFICATION"))
        .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
    refused(admin, phaseJson(from, "0.50", "300000.00", "ON_SITE_ASSESSMENT"))
        .andExpect(jsonPath("$.errors[0].field").value("schemes[2].scheme"));
    refused(admin, phaseJson(from, "1.5", "300000.00", "VERIFICATION"))
        .andExpect(jsonPath("$.errors[0].field").value("schemes[0].share"));
    refused(admin, phaseJson(from, "0.50", "-1.00", "VERIFICATION"))
        .andExpect(jsonPath("$.errors[0].field").value("schemes[1].ceiling"));
    refused(admin, "{\"name\":\"X\",\"effectiveFrom\":\"" + from + "\",\"schemes\":[]}")
        .andExpect(jsonPath("$.errors[0].field").value("schemes"));
    refused(admin, "{\"effectiveFrom\":\"" + from + "\",\"schemes\":[]}")
        .andExpect(jsonPath("$.errors[0].field").value("name"));
  }

  @Test
  void onlyOfficersAndAdminsAddPhases() throws Exception {
    String qa = accounts.create(Role.QA);
    mvc.perform(
            post("/api/funding/phases")
                .with(accounts.api(qa))
                .contentType(MediaType.APPLICATION_JSON)
                .content(phaseJson(nextFreeDate(), "0.50", "300000.00", "VERIFICATION")))
        .andExpect(status().isForbidden());
  }

  @Test
  void phasesPageAddsPhaseWithPostRedirectGetAndShowsFieldErrors() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/funding/phases").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Launch phase")))
        .andExpect(content().string(containsString("name=\"schemes[1].ceiling\"")));
    LocalDate from = nextFreeDate();
    mvc.perform(phaseForm(officer, from.toString(), "-5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is-invalid")))
        .andExpect(content().string(containsString("The ceiling must be zero or more")));
    mvc.perform(phaseForm(officer, from.toString(), "30000"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/funding/phases"))
        .andExpect(Shown.success("The new phase has been added."));
    mvc.perform(get("/funding/phases").with(accounts.page(accounts.create(Role.COMMITTEE))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Phase " + from)))
        .andExpect(content().string(not(containsString("name=\"schemes[1].ceiling\""))));
  }

  @Test
  void calculatorRendersWithoutSignInInEveryLanguage() throws Exception {
    mvc.perform(
            get("/funding/calculator")
                .param("scheme", "DEMONSTRATION_PROJECT")
                .param("cost", "500000")
                .param("date", "2012-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html")))
        .andExpect(content().string(containsString("HK$ 160,000.00")))
        .andExpect(content().string(containsString("HK$ 340,000.00")));
    mvc.perform(get("/funding/calculator").param("lang", "zh-HK"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("我可獲多少資助")));
    mvc.perform(get("/funding/calculator").param("lang", "zh-CN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("我可获多少资助")));
  }

  @Test
  void calculatorAnswersHtmxWithTheResultFragmentOnly() throws Exception {
    mvc.perform(
            get("/funding/calculator")
                .header("HX-Request", "true")
                .param("scheme", "VERIFICATION")
                .param("cost", "12000")
                .param("date", "2012-01-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("HK$ 12,000.00")));
    mvc.perform(
            get("/funding/calculator")
                .header("HX-Request", "true")
                .param("scheme", "VERIFICATION")
                .param("cost", "-3"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("at most 2 decimals")));
  }

  private org.springframework.test.web.servlet.ResultActions quote(LocalDate date)
      throws Exception {
    return mvc.perform(
        get("/api/funding/quote")
            .param("scheme", "ON_SITE_ASSESSMENT")
            .param("cost", "100000")
            .param("date", date.toString()));
  }

  private org.springframework.test.web.servlet.ResultActions refused(String user, String body)
      throws Exception {
    return mvc.perform(
            post("/api/funding/phases")
                .with(accounts.api(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest());
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder phaseForm(
      String user, String from, String demonstrationCeiling) {
    return post("/funding/phases")
        .with(accounts.page(user))
        .with(csrf())
        .param("name", "Phase " + from)
        .param("effectiveFrom", from)
        .param("repeatAssessmentYears", "5")
        .param("schemes[0].scheme", "ON_SITE_ASSESSMENT")
        .param("schemes[0].share", "0.50")
        .param("schemes[0].ceiling", "15000")
        .param("schemes[0].completionMonths", "3")
        .param("schemes[1].scheme", "DEMONSTRATION_PROJECT")
        .param("schemes[1].share", "0.50")
        .param("schemes[1].ceiling", demonstrationCeiling)
        .param("schemes[1].completionMonths", "12")
        .param("schemes[2].scheme", "VERIFICATION")
        .param("schemes[2].share", "1")
        .param("schemes[2].ceiling", "15000")
        .param("schemes[2].completionMonths", "3");
  }

  /** A start date after every phase, far enough ahead not to change today's rules. */
  private LocalDate nextFreeDate() {
    List<Phase> phases = SystemActor.call(rules::phases);
    LocalDate latest = phases.get(phases.size() - 1).effectiveFrom();
    LocalDate future = DateInput.on(clock).last().minusMonths(6);
    return latest.isBefore(future) ? future : latest.plusDays(1);
  }

  /** A phase body; {@code share0} and {@code ceiling1} vary, {@code scheme2} is the third. */
  private static String phaseJson(LocalDate from, String share0, String ceiling1, String scheme2) {
    return """
        {"name":"Phase %s","effectiveFrom":"%s","schemes":[
          {"scheme":"ON_SITE_ASSESSMENT","share":"%s","ceiling":"25000.00"},
          {"scheme":"DEMONSTRATION_PROJECT","share":"0.50","ceiling":"%s"},
          {"scheme":"%s","share":"1.00","ceiling":"20000.00"}]}
        """
        .formatted(from, from, share0, ceiling1, scheme2);
  }
}
