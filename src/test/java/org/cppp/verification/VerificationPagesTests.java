package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.cppp.application.HistoricalApplications;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.verification.VerificationFixtures.Project;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The verification pages: who sees which case, and who is offered (and allowed) which action. */
@IntegrationTest
class VerificationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired VerificationCases cases;
  @Autowired AuditTrail audit;

  @Test
  void aProviderAndAFactorySeeOnlyTheirOwnCasesInTheListAndNeverAnothersPageOrReport()
      throws Exception {
    Project mine = VerificationFixtures.completedProject(fixtures, history);
    Project theirs = VerificationFixtures.completedProject(fixtures, history);
    long own = signedCase(mine);
    long other = signedCase(theirs);
    for (String user :
        new String[] {
          accounts.staffOf(mine.providerCode()), accounts.applicantOf(mine.factoryBr())
        }) {
      String list = page("/verifications", user);
      assertThat(list)
          .contains("href=\"/verifications/" + own + "\"")
          .doesNotContain("href=\"/verifications/" + other + "\"");
      assertThat(page("/verifications/" + own, user)).contains(mine.reference());
      for (String path : new String[] {"", "/readings", "/report.pdf?docLang=en"}) {
        mvc.perform(get("/verifications/" + other + path).with(accounts.page(user)))
            .andExpect(status().isNotFound());
      }
      mvc.perform(get("/verifications/" + own + "/report.pdf").with(accounts.page(user)))
          .andExpect(status().isOk());
    }
    String officer = accounts.create(Role.OFFICER);
    assertThat(page("/verifications?status=SIGNED", officer))
        .contains("href=\"/verifications/" + own + "\"", "href=\"/verifications/" + other + "\"");
    String fragment =
        mvc.perform(
                get("/verifications?status=SIGNED&page=0")
                    .header("HX-Request", "true")
                    .with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).contains("id=\"results\"").doesNotContain("<html");
    for (String bad : new String[] {"/verifications?status=LOST", "/verifications/abc"}) {
      mvc.perform(get(bad).with(accounts.page(officer))).andExpect(status().isBadRequest());
    }
  }

  @Test
  void onlyQaIsOfferedTheSignButtonAndAnOfficerSigningThroughThePageIsRefused() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    long id = caseWithReadings(p);
    String qa = accounts.create(Role.QA);
    String officer = accounts.create(Role.OFFICER);
    String provider = accounts.staffOf(p.providerCode());
    assertThat(page("/verifications/" + id, qa)).contains("id=\"sign-case\"", "name=\"comments\"");
    assertThat(page("/verifications/" + id, officer))
        .doesNotContain("id=\"sign-case\"")
        .contains("name=\"comments\"");
    assertThat(page("/verifications/" + id, provider))
        .doesNotContain("id=\"sign-case\"", "name=\"comments\"")
        .contains("id=\"submit-case\"");

    for (String notQa : new String[] {officer, provider, accounts.create(Role.ADMIN)}) {
      act(id, "sign", notQa).andExpect(status().isForbidden());
    }
    assertThat(page("/verifications/" + id, qa)).doesNotContain("report.pdf");
    mvc.perform(get("/verifications/" + id + "/report.pdf").with(accounts.page(qa)))
        .andExpect(status().isConflict());

    act(id, "sign", qa).andExpect(redirectedUrl("/verifications/" + id));
    String signed = page("/verifications/" + id, officer);
    assertThat(signed)
        .contains("Signed", "report.pdf?docLang=zh-HK")
        .doesNotContain("id=\"sign-case\"");
    for (String reader : new String[] {officer, qa, provider}) {
      mvc.perform(get("/verifications/" + id + "/report.pdf").with(accounts.page(reader)))
          .andExpect(status().isOk());
    }
    act(id, "recompute", officer, "reason", "Corrected grid factor")
        .andExpect(redirectedUrl("/verifications/" + id));
    assertThat(page("/verifications/" + id, provider))
        .contains("Re-computed", "Corrected grid factor")
        .doesNotContain("name=\"reason\"");
  }

  @Test
  void aReturnedCaseShowsQasCommentsAndAReturnWithoutCommentsNamesTheField() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    long id = caseWithReadings(p);
    String qa = accounts.create(Role.QA);
    act(id, "return", qa, "comments", " ")
        .andExpect(
            Shown.failure(
                org.hamcrest.Matchers.startsWith("Comments for the provider and the factory:")));
    act(id, "return", qa, "comments", "March 2012 bill missing")
        .andExpect(redirectedUrl("/verifications/" + id));
    assertThat(page("/verifications/" + id, accounts.staffOf(p.providerCode())))
        .contains("March 2012 bill missing", "Returned for correction");
  }

  @Test
  void theCasePageShowsTheModelStatisticsSavingsAndTheChartData() throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    long id = caseWithReadings(p);
    String html = page("/verifications/" + id, accounts.staffOf(p.providerCode()));
    assertThat(html)
        .contains("0.900") // R² of the hand-computed case
        .contains("15.8 %") // CV(RMSE) 0.158114
        .contains("1,500.00", "1,800.0000 × production_t")
        .contains("CV(RMSE) 15.8 % exceeds the 15.0 % Guideline 14 allows for MONTHLY data.")
        .contains("15,600", "13,000", "2,600", "15,557", "16.7 %")
        .contains("HK$ 14,779.51")
        .contains("data-chart=\"{&quot;labels&quot;:[&quot;2011-01&quot;")
        .contains("/dist/chart.umd.min.js", "/js/verification.js");
  }

  @Test
  void submitAndReturnAreRefusedToWhomThePageDoesNotOfferThemAndEveryStepIsAudited()
      throws Exception {
    Project p = VerificationFixtures.completedProject(fixtures, history);
    long id = caseWithReadings(p);
    String provider = accounts.staffOf(p.providerCode());
    String qa = accounts.create(Role.QA);
    String epd = accounts.create(Role.EPD);
    assertThat(page("/verifications/" + id, qa)).doesNotContain("id=\"submit-case\"");
    for (String notEntering : new String[] {qa, epd}) {
      act(id, "submit", notEntering).andExpect(status().isForbidden());
    }
    for (String notReviewing : new String[] {provider, accounts.applicantOf(p.factoryBr()), epd}) {
      act(id, "return", notReviewing, "comments", "Not mine to return")
          .andExpect(status().isForbidden());
    }
    assertThat(SystemActor.call(() -> cases.get(id)).status()).isEqualTo(CaseStatus.OPEN);

    act(id, "submit", provider).andExpect(redirectedUrl("/verifications/" + id));
    act(id, "submit", provider)
        .andExpect(Shown.failure("The case is SUBMITTED: its readings can no longer change."));
    act(id, "return", qa, "comments", "March 2012 bill missing")
        .andExpect(redirectedUrl("/verifications/" + id));
    act(id, "submit", provider).andExpect(redirectedUrl("/verifications/" + id));
    act(id, "sign", qa).andExpect(redirectedUrl("/verifications/" + id));

    assertThat(audit.of("verification", String.valueOf(id))) // newest first
        .extracting(AuditEntry::action)
        .containsExactly(
            "SIGNED", "SUBMITTED", "RETURNED", "SUBMITTED", "READINGS_REPLACED", "OPENED");
    assertThat(page("/verifications/" + id, accounts.create(Role.OFFICER)))
        .contains("id=\"audit-heading\"", "March 2012 bill missing");
    assertThat(page("/verifications/" + id, provider)).doesNotContain("id=\"audit-heading\"");
  }

  @Test
  void aPageOfTheCaseListLoadsItsCasesInAFixedNumberOfQueries() throws Exception {
    for (int i = 0; i < 3; i++) {
      caseWithReadings(VerificationFixtures.completedProject(fixtures, history));
    }
    String officer = accounts.create(Role.OFFICER);
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    try {
      page("/verifications", officer);
      // the page and its count, then each collection of every case on it in one query
      assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(8);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  /** A case on the hand-computed readings, opened by the project's provider. */
  long caseWithReadings(Project p) throws Exception {
    String provider = accounts.staffOf(p.providerCode());
    long id = VerificationFixtures.open(mvc, accounts, provider, p, "GUANGDONG");
    VerificationFixtures.readings(mvc, accounts, provider, id, VerificationFixtures.HAND_CSV, 200);
    return id;
  }

  /** Posts a case page's action as this user, with name and value pairs. */
  ResultActions act(long id, String action, String user, String... nameValues) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/verifications/" + id + "/" + action).with(accounts.page(user)).with(csrf());
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      request.param(nameValues[i], nameValues[i + 1]);
    }
    return mvc.perform(request);
  }

  long signedCase(Project p) throws Exception {
    long id = caseWithReadings(p);
    mvc.perform(
            post("/api/verifications/" + id + "/sign").with(accounts.api(accounts.create(Role.QA))))
        .andExpect(status().isOk());
    return id;
  }

  String page(String path, String user) throws Exception {
    return mvc.perform(get(path).with(accounts.page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
