package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ProviderPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Providers providers;
  @Autowired AuditTrail audit;

  @Test
  void officerRegistersEditsRemovesAndReinstatesThroughThePages() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code = ProviderFixtures.uniqueCode();

    mvc.perform(get("/providers/new").with(accounts.page(officer))).andExpect(status().isOk());
    mvc.perform(form(post("/providers/new"), code, "PRD").with(accounts.page(officer)).with(csrf()))
        .andExpect(redirectedUrl("/providers/" + code));
    mvc.perform(get("/providers/" + code).with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("GD-REG-1")))
        .andExpect(content().string(containsString(">Created<")));

    mvc.perform(get("/providers/" + code + "/edit").with(accounts.page(officer)))
        .andExpect(status().isOk());
    mvc.perform(
            form(post("/providers/" + code + "/edit"), null, "PRD", Map.of("name", "Renamed Ltd"))
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/providers/" + code));
    assertThat(providers(code).name()).isEqualTo("Renamed Ltd");

    mvc.perform(get("/providers/" + code + "/removal").with(accounts.page(officer)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/providers/" + code + "/removal")
                .param("on", "2011-06-30")
                .param("reason", "Ceased")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/providers/" + code));
    assertThat(providers(code).removedOn()).isEqualTo(LocalDate.of(2011, 6, 30));

    mvc.perform(
            post("/providers/" + code + "/reinstatement")
                .param("on", "2011-09-01")
                .param("reason", "Resumed")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(redirectedUrl("/providers/" + code));
    assertThat(providers(code).registered()).isTrue();
    assertThat(audit.of("provider", code))
        .extracting(AuditEntry::action)
        .containsExactly("REINSTATED", "REMOVED", "UPDATED", "CREATED");
  }

  @Test
  void pageFormShowsTheFieldErrorAndSavesNothing() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code = ProviderFixtures.uniqueCode();
    mvc.perform(
            form(post("/providers/new"), code, "PRD", Map.of("gdeicValidUntil", ""))
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")))
        .andExpect(content().string(containsString("href=\"#gdeicValidUntil\"")));
    assertThat(audit.of("provider", code)).isEmpty();
  }

  @Test
  void removalOfARemovedProviderIsRefusedOnTheForm() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    SystemActor.run(() -> providers.remove(code, LocalDate.of(2011, 1, 1), "gone"));
    mvc.perform(
            post("/providers/" + code + "/removal")
                .param("on", "2011-06-30")
                .param("reason", "again")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")));
  }

  @Test
  void formsNeedTheCsrfToken() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    mvc.perform(
            post("/providers/" + code + "/removal")
                .param("on", "2011-06-30")
                .param("reason", "x")
                .with(accounts.page(officer)))
        .andExpect(status().isForbidden());
    assertThat(providers(code).registered()).isTrue();
  }

  @Test
  void staffListFiltersWithHtmx() throws Exception {
    String epd = accounts.create(Role.EPD);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    mvc.perform(
            get("/providers")
                .param("q", code)
                .param("base", "HONG_KONG")
                .header("HX-Request", "true")
                .with(accounts.page(epd)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(code)))
        .andExpect(content().string(not(containsString("<html"))));
    mvc.perform(get("/providers").param("q", code).param("base", "PRD").with(accounts.page(epd)))
        .andExpect(content().string(not(containsString(">" + code + "<"))));
  }

  @Test
  void qaRecordsAQualityCheckOnThePage() throws Exception {
    String qa = accounts.create(Role.QA);
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    mvc.perform(get("/providers/" + code + "/quality-checks/new").with(accounts.page(qa)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/providers/" + code + "/quality-checks/new")
                .param("checkedOn", "2011-11-11")
                .param("rating", "NEEDS_IMPROVEMENT")
                .param("finding", "Baseline data missing")
                .with(accounts.page(qa))
                .with(csrf()))
        .andExpect(redirectedUrl("/providers/" + code));
    mvc.perform(get("/providers/" + code).with(accounts.page(qa)))
        .andExpect(content().string(containsString("Baseline data missing")));
    mvc.perform(get("/providers/" + code + "/edit").with(accounts.page(qa)))
        .andExpect(status().isForbidden());
  }

  @Test
  void publicListFindsRegisteredProvidersByNameWithTheirContactsAndWithoutLogin() throws Exception {
    String shown =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    String removed =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    SystemActor.run(() -> providers.remove(removed, LocalDate.of(2011, 1, 1), "gone"));

    mvc.perform(get("/providers/registered").param("q", "green tech " + shown.toLowerCase()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(shown)))
        .andExpect(content().string(containsString("contact-" + shown.toLowerCase())))
        .andExpect(content().string(containsString("+852 2123 4567")))
        .andExpect(content().string(containsString("1 registered providers")));
    mvc.perform(get("/providers/registered").param("q", removed))
        .andExpect(content().string(not(containsString("Green Tech " + removed))));
    mvc.perform(
            get("/providers/registered")
                .param("q", shown)
                .param("base", "PRD")
                .param("lang", "zh-HK"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("綠色科技 " + shown))))
        .andExpect(content().string(containsString("已登記的環保技術服務商")));
    mvc.perform(
            get("/providers/registered")
                .param("q", "綠色科技 " + shown)
                .param("specialism", "ENERGY_SAVING")
                .param("lang", "zh-CN"))
        .andExpect(content().string(containsString(shown)));
  }

  @Test
  void publicListComesAPageAtATime() throws Exception {
    for (int i = 0; i < 25; i++) {
      register(ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    }
    String first =
        mvc.perform(get("/providers/registered"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(first.split("<li class=\"col-12 col-md-6 col-lg-4\"", -1)).hasSize(25);
    assertThat(first).contains("page=1");
    mvc.perform(get("/providers/registered").param("page", "1")).andExpect(status().isOk());
  }

  @Test
  void anonymousVisitorCannotOpenStaffPages() throws Exception {
    mvc.perform(get("/providers")).andExpect(status().is3xxRedirection());
  }

  @Test
  void providerUserSeesOwnPageAndNotAnother() throws Exception {
    String own =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    String other =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    String staff = accounts.staffOf(own);

    mvc.perform(get("/providers/mine").with(accounts.page(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(own)))
        .andExpect(content().string(not(containsString("audit-heading"))));
    mvc.perform(get("/providers/" + own).with(accounts.page(staff))).andExpect(status().isOk());
    mvc.perform(get("/providers/" + other).with(accounts.page(staff)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/providers").with(accounts.page(staff))).andExpect(status().isForbidden());
    mvc.perform(get("/providers/" + own + "/edit").with(accounts.page(staff)))
        .andExpect(status().isForbidden());
  }

  @Test
  void applicantGetsForbiddenOnStaffPagesButSeesThePublicList() throws Exception {
    String code =
        register(
            ProviderFixtures.hongKong(ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1)));
    var applicant = user("applicant-" + code).roles("APPLICANT");
    mvc.perform(get("/providers").with(applicant)).andExpect(status().isForbidden());
    mvc.perform(get("/providers/" + code).with(applicant)).andExpect(status().isForbidden());
    mvc.perform(get("/providers/lapses").with(applicant)).andExpect(status().isForbidden());
    mvc.perform(get("/api/providers/" + code).with(applicant)).andExpect(status().isForbidden());
    mvc.perform(get("/providers/registered").with(applicant)).andExpect(status().isOk());
  }

  @Test
  void dashboardShowsProviderTilesToOfficers() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/dashboard").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/providers/lapses")))
        .andExpect(content().string(containsString("Providers based in the PRD")));
  }

  @Test
  void pagesRenderInAllThreeLanguagesWithoutMissingMessages() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    String code =
        register(
            ProviderFixtures.prd(
                ProviderFixtures.uniqueCode(), LocalDate.of(2010, 1, 1), LocalDate.of(2099, 1, 1)));
    SystemActor.run(
        () ->
            providers.recordQualityCheck(
                code, new QualityCheckDetails(LocalDate.of(2011, 1, 1), "ok", QualityRating.GOOD)));
    SystemActor.run(() -> providers.remove(code, LocalDate.of(2011, 1, 1), "gone"));
    String[] pages = {
      "/providers",
      "/providers/" + code,
      "/providers/new",
      "/providers/" + code + "/edit",
      "/providers/" + code + "/removal",
      "/providers/" + code + "/reinstatement",
      "/providers/" + code + "/quality-checks/new",
      "/providers/lapses",
      "/providers/registered",
      "/dashboard"
    };
    for (String lang : new String[] {"en", "zh-HK", "zh-CN"}) {
      for (String page : pages) {
        mvc.perform(get(page).param("lang", lang).with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("??"))));
      }
    }
  }

  private ProviderView providers(String code) {
    return SystemActor.call(() -> providers.get(code));
  }

  private String register(ProviderDetails details) {
    return SystemActor.call(() -> providers.register(details)).code();
  }

  private static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, String code, String base) {
    return form(request, code, base, Map.of());
  }

  private static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request,
      String code,
      String base,
      Map<String, String> overrides) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (code != null) {
      fields.put("code", code);
    }
    fields.put("name", "Eco Engineering Ltd");
    fields.put("nameZh", "環保工程有限公司");
    fields.put("base", base);
    fields.put("contactPerson", "Ms Wong");
    fields.put("contactPhone", "2788 5678");
    fields.put("contactEmail", "info@eco.example.com");
    fields.put("joinedOn", "2010-04-01");
    fields.put("gdeicRegistrationNo", "GD-REG-1");
    fields.put("gdeicValidUntil", "2035-12-31");
    fields.putAll(overrides);
    fields.forEach(request::param);
    return request.param("specialisms", "ENERGY_SAVING", "VOC_REDUCTION");
  }
}
