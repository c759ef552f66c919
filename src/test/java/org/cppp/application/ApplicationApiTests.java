package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.funding.Scheme;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.provider.ProviderFixtures;
import org.cppp.provider.Providers;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CommitteeAuthority;
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
class ApplicationApiTests {

  static final byte[] PDF = "%PDF-1.4\n% quotation\n".getBytes();

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired Budget budget;
  @Autowired Providers providers;
  @Autowired FundingApplications applications;
  @Autowired CapturingMailer mail;
  @Autowired CommitteeAuthority committee;
  @Autowired TestClock clock;

  String create(String user, String br, String scheme, String provider, String cost)
      throws Exception {
    String body =
        """
        {"factoryBr":"%s","scheme":"%s","providerCode":%s,"title":"Boiler upgrade",
         "costItems":[{"description":"Assessment","amountHkd":"%s"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, scheme, provider == null ? "null" : "\"" + provider + "\"", cost);
    String json =
        mvc.perform(
                post("/api/applications")
                    .with(accounts.api(user))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(json, "$.reference");
  }

  ResultActions postApplication(String user, String json) throws Exception {
    return mvc.perform(
        post("/api/applications")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  void upload(String user, String ref) throws Exception {
    mvc.perform(
            multipart("/api/applications/" + ref + "/documents")
                .file(new MockMultipartFile("file", "quotation.pdf", "application/pdf", PDF))
                .param("kind", "QUOTATION")
                .with(accounts.api(user)))
        .andExpect(status().isCreated());
  }

  void act(String user, String ref, String action, String body, int expected) throws Exception {
    mvc.perform(
            post("/api/applications/" + ref + "/" + action)
                .with(accounts.api(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().is(expected));
  }

  /** A submitted, screened application of this factory's applicant, ready for the committee. */
  String ready(String br, String applicant, String scheme, String cost) throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String ref = create(applicant, br, scheme, fixtures.registeredProvider(), cost);
    upload(applicant, ref);
    act(applicant, ref, "submit", "{}", 200);
    act(officer, ref, "screen", "{}", 200);
    act(officer, ref, "ready", "{\"note\":\"All checks passed\"}", 200);
    return ref;
  }

  @Test
  void anApplicantDraftsUploadsAQuotationAndSubmitsWithTheShareFromTheRules() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref =
        create(applicant, br, "ON_SITE_ASSESSMENT", fixtures.registeredProvider(), "40000");
    mvc.perform(post("/api/applications/" + ref + "/submit").with(accounts.api(applicant)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("quotation"));
    upload(applicant, ref);
    mvc.perform(post("/api/applications/" + ref + "/submit").with(accounts.api(applicant)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.governmentShareHkd").value("15000.00"))
        .andExpect(jsonPath("$.phaseName").value("Launch phase"));
    mvc.perform(get("/api/applications/" + ref + "/timeline").with(accounts.api(applicant)))
        .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("DRAFT", "SUBMITTED")));
  }

  @Test
  void anApprovalCommitsTheBudgetAndTellsTheApplicant() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.withEmail(Role.APPLICANT, br, null);
    String ref = ready(br, applicant, "DEMONSTRATION_PROJECT", "500000");
    String officer = accounts.create(Role.OFFICER);
    long authority = committee.inForce("160000.00", Scheme.DEMONSTRATION_PROJECT).id();
    LocalDate today = clock.today();
    act(
        officer,
        ref,
        "approve",
        "{\"decidedOn\":\""
            + today
            + "\",\"note\":\"Report quarterly\",\"delegatedAuthorityId\":"
            + authority
            + "}",
        200);
    var entries = SystemActor.call(() -> budget.entriesFor(ref));
    assertThat(entries).extracting(e -> e.kind()).containsExactly(EntryKind.COMMIT);
    assertThat(entries.get(0).amountHkd()).isEqualByComparingTo("160000.00");
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(officer)))
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.dueOn").value(today.plusMonths(12).toString()));
    CapturingMailer.Mail told =
        mail.await(applicant + "@example.com", "Application " + ref + ": Approved");
    assertThat(told.body())
        .contains("Your application " + ref + " is now \"Approved\"")
        .contains("(from " + today + ")");
  }

  @Test
  void anApplicantPreferringSimplifiedChineseIsToldInItWhenAnEnglishSpeakingOfficerActs()
      throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.withEmailIn(Role.APPLICANT, br, Language.ZH_CN);
    String email = applicant + "@example.com";
    String officer = accounts.create(Role.OFFICER);
    String ref =
        create(applicant, br, "ON_SITE_ASSESSMENT", fixtures.registeredProvider(), "40000");
    upload(applicant, ref);
    act(applicant, ref, "submit", "{}", 200);
    mvc.perform(
            post("/api/applications/" + ref + "/screen")
                .with(accounts.api(officer))
                .locale(java.util.Locale.ENGLISH)
                .header("Accept-Language", "en"))
        .andExpect(status().isOk());
    var told = mail.await(email, "审查中");
    assertThat(told.subject()).isEqualTo("申请 " + ref + "：审查中");
    assertThat(told.body())
        .contains("现时状态")
        .doesNotContain("Your application")
        .doesNotContain("現時");
  }

  @Test
  void illegalTransitionsAreConflictsNotErrors() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String officer = accounts.create(Role.OFFICER);
    String ref =
        create(applicant, br, "ON_SITE_ASSESSMENT", fixtures.registeredProvider(), "20000");
    act(officer, ref, "approve", "{\"decidedOn\":\"2011-06-01\"}", 409);
    act(officer, ref, "start", "{}", 409);
    act(officer, ref, "close", "{}", 409);
    act(officer, ref, "fly", "{}", 404);
    act(applicant, ref, "screen", "{}", 403);
  }

  @Test
  void anApplicantSeesNothingOfAnotherFactory() throws Exception {
    String brA = fixtures.eligibleFactory();
    String brB = fixtures.eligibleFactory();
    String applicantA = accounts.applicantOf(brA);
    String applicantB = accounts.applicantOf(brB);
    String ref =
        create(applicantA, brA, "ON_SITE_ASSESSMENT", fixtures.registeredProvider(), "20000");
    upload(applicantA, ref);
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(applicantB)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applications/" + ref + "/documents").with(accounts.api(applicantB)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applications/" + ref + "/documents/1").with(accounts.api(applicantB)))
        .andExpect(status().isNotFound());
    act(applicantB, ref, "withdraw", "{\"note\":\"mine now\"}", 404);
    mvc.perform(get("/api/applications").with(accounts.api(applicantB)))
        .andExpect(jsonPath("$.content[?(@.reference=='" + ref + "')]").isEmpty());
    mvc.perform(
            post("/api/applications")
                .with(accounts.api(applicantB))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"factoryBr\":\"" + brA + "\",\"scheme\":\"VERIFICATION\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/applications/" + ref).with(accounts.page(applicantB)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aRemovedProviderIsRefused() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String provider = fixtures.registeredProvider();
    SystemActor.run(
        () -> providers.remove(provider, clock.today().minusDays(10), "GDEIC registration lapsed"));
    postApplication(
            applicant,
            "{\"factoryBr\":\""
                + br
                + "\",\"scheme\":\"ON_SITE_ASSESSMENT\",\"providerCode\":\""
                + provider
                + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("providerCode"));
  }

  @Test
  void aProviderWhoseGdeicRegistrationLapsedCannotBeNamedInANewDraftInAnyLanguage()
      throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String lapsed = fixtures.lapsedGuangdongProvider();
    String body =
        "{\"factoryBr\":\""
            + br
            + "\",\"scheme\":\"ON_SITE_ASSESSMENT\",\"providerCode\":\""
            + lapsed
            + "\"}";
    String[][] languages = {
      {"en", "GDEIC registration has lapsed"}, {"zh-HK", "登記已失效"}, {"zh-CN", "登记已失效"}
    };
    for (String[] language : languages) {
      mvc.perform(
              post("/api/applications")
                  .with(accounts.api(applicant))
                  .cookie(new Cookie("cppp-lang", language[0]))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("providerCode"))
          .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(language[1])));
    }
    String ref = create(applicant, br, "ON_SITE_ASSESSMENT", null, "1000.00");
    mvc.perform(
            put("/api/applications/" + ref)
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Boiler upgrade\",\"providerCode\":\"" + lapsed + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("providerCode"));
    assertThat(SystemActor.call(() -> applications.get(ref).providerCode())).isNull();
    String current = ProviderFixtures.uniqueCode();
    SystemActor.run(
        () ->
            providers.register(
                ProviderFixtures.prd(
                    current, LocalDate.of(2010, 1, 1), LocalDate.now().plusYears(1))));
    mvc.perform(
            put("/api/applications/" + ref)
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Boiler upgrade\",\"providerCode\":\"" + current + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.providerCode").value(current));
  }

  @Test
  void badInputNamesTheFieldAndSavesNothing() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    long before =
        SystemActor.call(
            () ->
                applications
                    .search(
                        ApplicationQuery.all(), org.springframework.data.domain.Pageable.unpaged())
                    .getTotalElements());
    postApplication(
            applicant,
            "{\"factoryBr\":\""
                + br
                + "\",\"scheme\":\"ON_SITE_ASSESSMENT\",\"costItems\":[{\"description\":\"x\",\"amountHkd\":\"-5\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("costItems[0].amountHkd"));
    postApplication(applicant, "{\"factoryBr\":\"" + br + "\",\"scheme\":\"FREE_MONEY\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("scheme"));
    long after =
        SystemActor.call(
            () ->
                applications
                    .search(
                        ApplicationQuery.all(), org.springframework.data.domain.Pageable.unpaged())
                    .getTotalElements());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void anUnknownFieldIsRefusedByNameInTheCallersLanguageNotIgnored() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    postApplication(
            applicant,
            "{\"factoryBr\":\"" + br + "\",\"scheme\":\"ON_SITE_ASSESSMENT\",\"grantHkd\":1}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("grantHkd"))
        .andExpect(jsonPath("$.detail").value("grantHkd is not a field this request takes."));
    String ref = create(applicant, br, "ON_SITE_ASSESSMENT", null, "1000.00");
    mvc.perform(
            put("/api/applications/" + ref)
                .with(accounts.api(applicant))
                .cookie(new Cookie("cppp-lang", "zh-HK"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Boiler upgrade\",\"status\":\"APPROVED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.detail").value("此請求不接受欄位 status。"));
  }

  @Test
  void aMissingCostLineIsRefusedByNameWhenCreatingAndSavingADraft() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref = create(applicant, br, "ON_SITE_ASSESSMENT", null, "1000.00");
    postApplication(
            applicant,
            "{\"factoryBr\":\"" + br + "\",\"scheme\":\"ON_SITE_ASSESSMENT\",\"costItems\":[null]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("costItems[0]"));
    mvc.perform(
            put("/api/applications/" + ref)
                .with(accounts.api(applicant))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Boiler upgrade\",\"costItems\":[null]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("costItems[0]"));
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefused() throws Exception {
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String ref =
        create(applicant, br, "ON_SITE_ASSESSMENT", fixtures.registeredProvider(), "20000");
    mvc.perform(
            multipart("/api/applications/" + ref + "/documents")
                .file(
                    new MockMultipartFile(
                        "file", "quotation.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                .param("kind", "QUOTATION")
                .with(accounts.api(applicant)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
  }
}
