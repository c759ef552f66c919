package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cppp.application.FundingApplications;
import org.cppp.funding.Budget;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.PageDrafts;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Numbers and dates are read at the edge by one parser, for pages, JSON and queries alike (issue
 * 9.1, issue 14.1 and 14.2): refused with a 400 naming the field, before any arithmetic, and never
 * stored to break a later read.
 */
@IntegrationTest
class InputParsingTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired FundingApplications applications;
  @Autowired Budget budget;

  private String draft(String applicant, String br) throws Exception {
    return PageDrafts.start(mvc, accounts, applicant, br, "ON_SITE_ASSESSMENT");
  }

  @Test
  void anAutosavedExponentCostIsRefusedAtOnceNamingTheCostLine() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref = draft(applicant, br);
    long start = System.nanoTime();
    mvc.perform(
            post("/applications/" + ref + "/autosave")
                .with(accounts.page(applicant))
                .with(csrf())
                .header("HX-Request", "true")
                .param("title", "Chiller retrofit")
                .param("costItems[0].description", "Assessment")
                .param("costItems[0].amountHkd", "1E+1000000"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("no exponent")))
        .andExpect(content().string(not(containsString("costItems[0].amountHkd:"))));
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    mvc.perform(
            post("/applications/" + ref + "/autosave")
                .with(accounts.page(applicant))
                .with(csrf())
                .header("HX-Request", "true")
                .param("costItems[0].description", "Assessment")
                .param("costItems[0].amountHkd", "100.005"))
        .andExpect(content().string(containsString("2 after it")));
  }

  @Test
  void theQuoteRefusesAnExponentCostAsTheApiDoes() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            get("/api/funding/quote")
                .with(accounts.api(officer))
                .param("scheme", "ON_SITE_ASSESSMENT")
                .param("cost", "1E+1000000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("cost"));
  }

  @Test
  void aJsonAmountWithAnExponentOrThreeDecimalsIsRefusedNamingItsPath() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String body =
        """
        {"factoryBr":"%s","scheme":"ON_SITE_ASSESSMENT","title":"Boiler",
         "costItems":[{"description":"Assessment","amountHkd":%s}]}
        """;
    for (String amount : new String[] {"1E+1000000", "\"1e5\"", "\"100.001\"", "1234567890123"}) {
      mvc.perform(
              post("/api/applications")
                  .with(accounts.api(applicant))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body.formatted(br, amount)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("costItems[0].amountHkd"));
    }
  }

  @Test
  void aNumberGivenAsADateIsRefusedAndNothingBreaksTheBudget() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    for (String date : new String[] {"20120101", "\"+57056-12-19\"", "\"2012-13-45\"", "0"}) {
      mvc.perform(
              post("/api/budget/commitments")
                  .with(accounts.api(officer))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"amountHkd\":\"1000.00\",\"effectiveOn\":" + date + "}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
    }
    mvc.perform(get("/api/budget").with(accounts.api(officer))).andExpect(status().isOk());
    mvc.perform(get("/api/budget/burn").with(accounts.api(officer))).andExpect(status().isOk());
  }

  @Test
  void aDateOutsideTheProgrammeIsRefusedInTheUsersLanguage() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/budget/commitments")
                .with(accounts.api(officer))
                .cookie(new Cookie("cppp-lang", "zh-HK"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amountHkd\":\"1000.00\",\"effectiveOn\":\"2107-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("effectiveOn"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("之間的日期")));
  }

  @Test
  void anActivityDateGivenAsANumberIsRefused() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/activities")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"type\":\"SEMINAR\",\"titleEn\":\"x\",\"titleZh\":\"x\",\"heldOn\":20110601,"
                        + "\"city\":\"DONGGUAN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("heldOn"));
  }

  @Test
  void anEligibilityRuleSetDatedByANumberIsRefused() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    for (String date : new String[] {"0", "20120101"}) {
      mvc.perform(
              post("/api/factories/eligibility-rules")
                  .with(accounts.api(officer))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"name\":\"Phase\",\"effectiveFrom\":"
                          + date
                          + ",\"cities\":[\"SHENZHEN\"],\"sectors\":[\"TEXTILES\"]}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
    }
  }

  @Test
  void aFinancialYearBelowTheProgrammeIsA400NamingTheFilter() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/api/applications").with(accounts.api(officer)).param("financialYear", "20"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("financialYear"));
    mvc.perform(get("/applications").with(accounts.page(officer)).param("financialYear", "20"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("financialYear")));
    mvc.perform(get("/api/activities").with(accounts.api(officer)).param("year", "20"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/reports/progress").with(accounts.api(officer)).param("year", "1999"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
  }

  @Test
  void aQueryDateGivenAsANumberIsA400NamingTheParameter() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/api/budget").with(accounts.api(officer)).param("asAt", "20120101"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("asAt"));
  }

  @Test
  void aPageFormAmountWithAnExponentIsLabelledAndNothingIsSaved() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    int before = added();
    mvc.perform(
            post("/budget/commitments")
                .with(accounts.page(officer))
                .with(csrf())
                .param("amountHkd", "1e9")
                .param("effectiveOn", "2013-04-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is-invalid")))
        .andExpect(content().string(containsString("no exponent")));
    mvc.perform(
            post("/budget/commitments")
                .with(accounts.page(officer))
                .with(csrf())
                .param("amountHkd", "1000")
                .param("effectiveOn", "20130401"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("YYYY-MM-DD")));
    assertThat(added()).isEqualTo(before);
  }

  private int added() {
    return SystemActor.call(() -> budget.commitmentsAdded(Budget.PROGRAMME_ACCOUNT).size());
  }
}
