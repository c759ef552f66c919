package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.PageDrafts;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationPagesTests {

  @Autowired org.cppp.funding.FundingRules rules;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired FundingApplications applications;
  @Autowired CommitteeAuthority committee;
  @Autowired Budget budget;
  @Autowired CapturingMailer mail;
  @Autowired UserDetailsService details;
  @Autowired TestClock clock;

  String startDraft(String applicant, String br, String scheme) throws Exception {
    return PageDrafts.start(mvc, accounts, applicant, br, scheme);
  }

  @Test
  void anApplicantFillsTheDraftWhichSavesAsTheyTypeThenUploadsAndSubmits() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String provider = fixtures.registeredProvider();
    String ref = startDraft(applicant, br, "ON_SITE_ASSESSMENT");
    mvc.perform(
            post("/applications/" + ref + "/autosave")
                .with(accounts.page(applicant))
                .with(csrf())
                .header("HX-Request", "true")
                .param("title", "Compressed air audit")
                .param("providerCode", provider)
                .param("costItems[0].description", "Assessment")
                .param("costItems[0].amountHkd", "40000"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("15,000.00")));
    assertThat(SystemActor.call(() -> applications.get(ref).title()))
        .isEqualTo("Compressed air audit");
    mvc.perform(
            multipart("/applications/" + ref + "/documents")
                .file(
                    new MockMultipartFile(
                        "file", "quote.pdf", "application/pdf", "%PDF-1.7 quote".getBytes()))
                .param("kind", "QUOTATION")
                .with(accounts.page(applicant))
                .with(csrf()))
        .andExpect(Shown.success("The document was uploaded."));
    mvc.perform(
            post("/applications/" + ref + "/edit")
                .with(accounts.page(applicant))
                .with(csrf())
                .param("intent", "submit")
                .param("title", "Compressed air audit")
                .param("providerCode", provider)
                .param("costItems[0].description", "Assessment")
                .param("costItems[0].amountHkd", "40000"))
        .andExpect(Shown.success("The application was submitted."));
    assertThat(SystemActor.call(() -> applications.get(ref).status()))
        .isEqualTo(ApplicationStatus.SUBMITTED);
    mvc.perform(get("/applications/" + ref).with(accounts.page(applicant)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Timeline")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("audit-heading"))));
  }

  @Test
  void aProviderWhoseGdeicRegistrationLapsedIsRefusedOnTheDraftFormByItsField() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String lapsed = fixtures.lapsedGuangdongProvider();
    String ref = startDraft(applicant, br, "ON_SITE_ASSESSMENT");
    String[][] languages = {
      {"en", "ET service provider (code): " + lapsed + " is based in Guangdong"},
      {"zh-HK", "環保技術服務供應商（編號）：" + lapsed + " 位於廣東，其廣東省經信委登記已失效"},
      {"zh-CN", "环保技术服务供应商（编号）：" + lapsed + " 位于广东，其广东省经信委登记已失效"}
    };
    for (String[] language : languages) {
      mvc.perform(
              post("/applications/" + ref + "/edit")
                  .with(accounts.page(applicant))
                  .with(csrf())
                  .cookie(new Cookie("cppp-lang", language[0]))
                  .param("title", "Compressed air audit")
                  .param("providerCode", lapsed))
          .andExpect(status().isOk())
          .andExpect(model().attributeHasFieldErrors("draftForm", "providerCode"))
          .andExpect(content().string(org.hamcrest.Matchers.containsString(language[1])));
    }
    assertThat(SystemActor.call(() -> applications.get(ref).providerCode())).isNull();
    assertThat(SystemActor.call(() -> applications.get(ref).title()))
        .isEqualTo("Compressed air audit");
  }

  @Test
  void anIncompleteSubmissionShowsTheMissingFieldOnTheForm() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref = startDraft(applicant, br, "DEMONSTRATION_PROJECT");
    mvc.perform(
            post("/applications/" + ref + "/edit")
                .with(accounts.page(applicant))
                .with(csrf())
                .param("intent", "submit")
                .param("title", "Heat pump"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasErrors("draftForm"));
    assertThat(SystemActor.call(() -> applications.get(ref).status()))
        .isEqualTo(ApplicationStatus.DRAFT);
  }

  @Test
  void theOfficerQueueFiltersAndBulkScreens() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref = startDraft(applicant, br, "VERIFICATION");
    mvc.perform(
        post("/applications/" + ref + "/edit")
            .with(accounts.page(applicant))
            .with(csrf())
            .param("intent", "submit")
            .param("title", "Verify boiler retrofit")
            .param("verifiesDescription", "New boiler burner installed in 2010")
            .param("costItems[0].description", "Verification")
            .param("costItems[0].amountHkd", "12000"));
    mvc.perform(
            get("/applications")
                .param("status", "SUBMITTED")
                .param("scheme", "VERIFICATION")
                .header("HX-Request", "true")
                .with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(ref)));
    mvc.perform(
            post("/applications/bulk")
                .with(accounts.page(officer))
                .with(csrf())
                .param("refs", ref)
                .param("action", "screen"))
        .andExpect(Shown.success("1 application(s) moved on."));
    assertThat(SystemActor.call(() -> applications.get(ref).status()))
        .isEqualTo(ApplicationStatus.SCREENING);
    mvc.perform(get("/applications/" + ref).with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(model().attributeExists("screening", "auditTrail"));
    mvc.perform(get("/dashboard").with(accounts.page(officer))).andExpect(status().isOk());
  }

  @Test
  void theScreeningPageSpeaksToTheOfficerChecksFirstInWordsAndItsHistoryInTheirLanguage()
      throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref = startDraft(applicant, br, "VERIFICATION");
    mvc.perform(
        post("/applications/" + ref + "/edit")
            .with(accounts.page(applicant))
            .with(csrf())
            .param("intent", "submit")
            .param("title", "Verify compressor retrofit")
            .param("verifiesDescription", "Compressor replaced in 2010")
            .param("costItems[0].description", "Verification")
            .param("costItems[0].amountHkd", "12000"));
    mvc.perform(
        post("/applications/bulk")
            .with(accounts.page(officer))
            .with(csrf())
            .param("refs", ref)
            .param("action", "screen"));
    String page = pageOf(ref, officer, "en");
    assertThat(page)
        .contains("check the findings below")
        .doesNotContain("The programme team is screening your application");
    assertThat(page.indexOf("id=\"screening-heading\""))
        .isPositive()
        .isLessThan(page.indexOf("/actions/"));
    assertThat(page).containsPattern("class=\"visually-hidden\">(Passed|Not passed)<");
    String history = page.substring(page.indexOf("id=\"audit-heading\""));
    assertThat(history)
        .doesNotContain(">SCREENING<", ">costItems<", ">status<")
        .contains(">Status<");
    String chinese = pageOf(ref, officer, "zh-HK");
    assertThat(chinese.substring(chinese.indexOf("id=\"audit-heading\"")))
        .doesNotContain(">SCREENING<", ">DRAFT_SAVED<")
        .contains("狀態");
    assertThat(pageOf(ref, applicant, "en"))
        .contains("The programme team is screening your application");
  }

  private String pageOf(String ref, String user, String lang) throws Exception {
    return mvc.perform(get("/applications/" + ref).param("lang", lang).with(accounts.page(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void withdrawingNeedsTheApplicantsConfirmation() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.create(java.util.Set.of(Role.APPLICANT), br, null);
    String ref = startDraft(applicant, br, "VERIFICATION");
    mvc.perform(get("/applications/" + ref).with(accounts.page(applicant)))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("id=\"confirm-withdraw\"")));
    mvc.perform(
            post("/applications/" + ref + "/actions/withdraw")
                .with(accounts.page(applicant))
                .with(csrf())
                .param("note", "changed our mind"))
        .andExpect(Shown.failure(org.hamcrest.Matchers.containsString("Tick the box")));
    assertThat(SystemActor.call(() -> applications.get(ref).status()))
        .isEqualTo(ApplicationStatus.DRAFT);
    mvc.perform(
            post("/applications/" + ref + "/actions/withdraw")
                .with(accounts.page(applicant))
                .with(csrf())
                .param("note", "changed our mind")
                .param("confirmed", "true"))
        .andExpect(Shown.success("The application was withdrawn."));
    assertThat(SystemActor.call(() -> applications.get(ref).status()))
        .isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void theNewApplicationPageTellsTheTermsOfThePhaseInForce() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.create(java.util.Set.of(Role.APPLICANT), br, null);
    var phase = SystemActor.call(() -> rules.phaseOn(null));
    String page =
        mvc.perform(get("/applications/new").with(accounts.page(applicant)))
            .andExpect(model().attributeExists("schemeTerms"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (var rule : phase.rules()) {
      String ceiling =
          new java.text.DecimalFormat(
                  "#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
              .format(rule.ceilingHkd());
      assertThat(page).contains("at most HK$" + ceiling + ".");
    }
  }

  @Test
  void theApplicantsDashboardCountsDraftsAndLinksToContinueOrStartOne() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.create(java.util.Set.of(Role.APPLICANT), br, null);
    mvc.perform(get("/dashboard").with(accounts.page(applicant)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/applications/new")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Start a new application")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Drafts to finish")));
    String first = startDraft(applicant, br, "VERIFICATION");
    mvc.perform(get("/dashboard").with(accounts.page(applicant)))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("/applications/" + first + "/edit")));
    String second = startDraft(applicant, br, "ON_SITE_ASSESSMENT");
    String page =
        mvc.perform(get("/dashboard").with(accounts.page(applicant)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("/applications?status=DRAFT")
        .doesNotContain("/applications/" + second + "/edit")
        .containsPattern("(?s)>2</div>\\s*<div[^>]*>Drafts to finish")
        .contains("Your factory meets the eligibility criteria")
        .doesNotContain("Eligibility criteria your factory does not meet");
  }

  @Test
  void theApplicantIsToldOfEveryStatusChangeAndOfficersOfNewSubmissions() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.create(java.util.Set.of(Role.APPLICANT), br, null);
    String officer = accounts.create(Role.OFFICER);
    SystemActor.run(() -> {});
    String ref = startDraft(applicant, br, "VERIFICATION");
    assertThat(ref).startsWith("APP-");
    // accounts made by TestAccounts have no e-mail: give the applicant one through the admin API
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/users/" + applicant)
                .with(accounts.api(admin))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    "{\"roles\":[\"APPLICANT\"],\"factory\":\""
                        + br
                        + "\",\"email\":\""
                        + applicant
                        + "@example.com\",\"enabled\":true}"))
        .andExpect(status().isOk());
    mvc.perform(
        post("/applications/" + ref + "/edit")
            .with(accounts.page(applicant))
            .with(csrf())
            .param("intent", "submit")
            .param("title", "Verify chiller")
            .param("verifiesDescription", "Chiller replaced in 2011")
            .param("costItems[0].description", "Verification")
            .param("costItems[0].amountHkd", "9000"));
    var told = mail.await(applicant + "@example.com", ref);
    assertThat(told.body()).contains(ref).contains("Submitted").doesNotContain("已提交");
    assertThat(officer).isNotBlank();
  }

  @Test
  void twoOfficersRecordingTheSameApprovalAtOnceCommitTheBudgetOnce() throws Exception {
    String br = fixtures.eligibleFactory();
    String officer1 = accounts.create(Role.OFFICER);
    String officer2 = accounts.create(Role.OFFICER);
    String ref =
        SystemActor.call(
            () -> {
              var a =
                  applications.create(
                      br,
                      Scheme.VERIFICATION,
                      new ApplicationDraft(
                          null,
                          "Verify",
                          "",
                          null,
                          java.util.List.of(
                              new ApplicationDraft.Line(
                                  "Verification", new java.math.BigDecimal("12000.00"))),
                          null,
                          "",
                          null,
                          "Implemented a heat recovery unit"));
              applications.submit(a.reference());
              applications.act(a.reference(), ApplicationAction.SCREEN, ActionInput.none());
              applications.act(a.reference(), ApplicationAction.READY, ActionInput.none());
              return a.reference();
            });
    long authority = committee.inForce("15000.00", Scheme.VERIFICATION).id();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Callable<Boolean> decide1 = asUser(officer1, start, ref, authority);
    Callable<Boolean> decide2 = asUser(officer2, start, ref, authority);
    Future<Boolean> f1 = pool.submit(decide1);
    Future<Boolean> f2 = pool.submit(decide2);
    start.countDown();
    int successes = (f1.get() ? 1 : 0) + (f2.get() ? 1 : 0);
    pool.shutdown();
    assertThat(successes).isEqualTo(1);
    var entries = SystemActor.call(() -> budget.entriesFor(ref));
    assertThat(entries).filteredOn(e -> e.kind() == EntryKind.COMMIT).hasSize(1);
    assertThat(entries.get(0).amountHkd()).isEqualByComparingTo("12000.00");
  }

  private Callable<Boolean> asUser(
      String username, CountDownLatch start, String ref, long authority) {
    return () -> {
      var user = details.loadUserByUsername(username);
      SecurityContextHolder.getContext()
          .setAuthentication(
              UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
      try {
        start.await();
        applications.decide(
            ref,
            new Decision(
                DecisionOutcome.APPROVED,
                clock.today(),
                null,
                "",
                DecisionAuthority.delegated(authority)));
        return true;
      } catch (org.cppp.shared.StateConflict | org.cppp.shared.RuleViolation e) {
        return false;
      } finally {
        SecurityContextHolder.clearContext();
      }
    };
  }
}
