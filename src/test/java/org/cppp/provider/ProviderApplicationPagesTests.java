package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProviderApplicationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired CapturingMailer mail;
  @Autowired ProviderApplications applications;
  @Autowired Providers providers;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  JoiningSteps steps;

  @BeforeEach
  void steps() {
    steps = new JoiningSteps(mvc, mail, applications);
  }

  long applications() {
    return jdbc.sql("select count(*) from provider_application").query(Long.class).single();
  }

  @Test
  void aProviderAppliesConfirmsByTheMailedLinkAndAnOfficerRegistersIt() throws Exception {
    String name = JoiningSteps.unique();
    mvc.perform(get("/providers/apply"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("for=\"gdeicRegistrationNo\"")));
    mvc.perform(JoiningSteps.form(name)).andExpect(redirectedUrl("/providers/apply/sent"));
    String token = steps.token(name);
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/providers/applications").with(accounts.page(officer)))
        .andExpect(content().string(not(containsString(name))));
    mvc.perform(get("/providers/apply/confirm/" + token))
        .andExpect(content().string(containsString("Pearl Clean Tech " + name)));
    mvc.perform(post("/providers/apply/confirm/" + token).with(csrf()))
        .andExpect(content().string(containsString("Your application is confirmed")));
    long id = steps.idOf(name);
    mvc.perform(get("/providers/applications").with(accounts.page(officer)))
        .andExpect(content().string(containsString("Pearl Clean Tech " + name)));
    mvc.perform(get("/providers/applications/" + id).with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("GD-CP-" + name)))
        .andExpect(content().string(containsString("Download gdeic.pdf")));
    mvc.perform(get("/providers/applications/" + id + "/certificate").with(accounts.page(officer)))
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(content().bytes(JoiningSteps.PDF));
    String code = "J" + name.substring(0, 8).toUpperCase();
    mvc.perform(
            post("/providers/applications/" + id + "/registration")
                .with(accounts.page(officer))
                .with(csrf())
                .param("code", code))
        .andExpect(redirectedUrl("/providers/applications"))
        .andExpect(Shown.success("The provider is on the register and has been told."));
    ProviderView registered = SystemActor.call(() -> providers.get(code));
    assertThat(registered.base()).isEqualTo(ProviderBase.PRD);
    assertThat(registered.gdeicRegistrationNo()).isEqualTo("GD-CP-" + name);
    assertThat(registered.gdeicValidUntil()).isEqualTo(LocalDate.now().plusYears(1));
    assertThat(registered.joinedOn()).isEqualTo(clock.today());
    assertThat(registered.specialisms())
        .containsExactly(Specialism.ENERGY_SAVING, Specialism.VOC_REDUCTION);
    assertThat(SystemActor.call(() -> audit.of("provider-application", String.valueOf(id))))
        .extracting(e -> e.action())
        .containsExactly("REGISTERED", "CONFIRMED", "SUBMITTED");
    assertThat(mail.await(JoiningSteps.email(name), "is on the CPPP register").body())
        .contains(code);
  }

  @Test
  void badInputNamesTheFieldInTheVisitorsLanguageAndSavesNothing() throws Exception {
    long before = applications();
    // Each to its own e-mail address: one address is sent only so many (tested below).
    mvc.perform(JoiningSteps.form(JoiningSteps.unique(), "name", "", "gdeicRegistrationNo", ""))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("applicationForm", "name"));
    mvc.perform(JoiningSteps.form(JoiningSteps.unique(), "gdeicRegistrationNo", ""))
        .andExpect(model().attributeHasFieldErrors("applicationForm", "gdeicRegistrationNo"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "GDEIC registration number: is required for a provider based in the"
                            + " Pearl River Delta")));
    mvc.perform(
            JoiningSteps.form(
                    JoiningSteps.unique(),
                    "gdeicValidUntil",
                    LocalDate.now().minusDays(1).toString())
                .cookie(new Cookie("cppp-lang", "zh-HK")))
        .andExpect(model().attributeHasFieldErrors("applicationForm", "gdeicValidUntil"))
        .andExpect(content().string(containsString("廣東省經信委登記有效期至：已過期")));
    mvc.perform(
            JoiningSteps.form(JoiningSteps.unique(), "gdeicValidUntil", "31/12/2030")
                .cookie(new Cookie("cppp-lang", "zh-CN")))
        .andExpect(model().attributeHasFieldErrors("applicationForm", "gdeicValidUntil"))
        .andExpect(content().string(containsString("广东省经信委登记有效期至")));
    String[][] files = {
      {"gdeic.pdf", "MZ not a pdf"}, {"gdeic.docx", "PK\u0003\u0004 office"}, {"gdeic.pdf", ""}
    };
    for (String[] file : files) {
      mvc.perform(JoiningSteps.form(JoiningSteps.unique(), file[0], file[1].getBytes()))
          .andExpect(status().isOk())
          .andExpect(model().attributeHasFieldErrors("applicationForm", "certificate"));
    }
    byte[] large = new byte[(int) GdeicCertificates.MAX_BYTES + 1];
    System.arraycopy(JoiningSteps.PDF, 0, large, 0, JoiningSteps.PDF.length);
    mvc.perform(JoiningSteps.form(JoiningSteps.unique(), "big.pdf", large))
        .andExpect(model().attributeHasFieldErrors("applicationForm", "certificate"))
        .andExpect(content().string(containsString("must be at most 5 MB")));
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  void aHongKongProviderMayApplyWithoutAGdeicRegistrationButNotWithHalfOfOne() throws Exception {
    String name = JoiningSteps.unique();
    mvc.perform(
            JoiningSteps.form(
                name,
                "",
                new byte[0],
                "base",
                "HONG_KONG",
                "gdeicRegistrationNo",
                "GD-1",
                "gdeicValidUntil",
                ""))
        .andExpect(model().attributeHasFieldErrors("applicationForm", "gdeicValidUntil"));
    mvc.perform(
            JoiningSteps.form(
                name,
                "",
                new byte[0],
                "base",
                "HONG_KONG",
                "gdeicRegistrationNo",
                "",
                "gdeicValidUntil",
                ""))
        .andExpect(redirectedUrl("/providers/apply/sent"));
    steps.confirm(name);
    long id = steps.idOf(name);
    assertThat(SystemActor.call(() -> applications.review(id).certificate())).isNull();
  }

  @Test
  void oneEmailAddressIsSentOnlySoManyApplications() throws Exception {
    String name = JoiningSteps.unique();
    for (int i = 0; i < 3; i++) {
      mvc.perform(JoiningSteps.form(name)).andExpect(redirectedUrl("/providers/apply/sent"));
    }
    long before = applications();
    mvc.perform(JoiningSteps.form(name))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("sent many times")));
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  void aFilledTrapIsThankedAndDropped() throws Exception {
    long before = applications();
    mvc.perform(JoiningSteps.form(JoiningSteps.unique(), "website", "http://spam"))
        .andExpect(redirectedUrl("/providers/apply/sent"));
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  void anOfficersRefusedDecisionShowsItsErrorNextToTheField() throws Exception {
    String name = JoiningSteps.unique();
    long id = steps.applyAndConfirm(name);
    String officer = accounts.create(Role.OFFICER);
    String taken =
        SystemActor.call(
                () ->
                    providers.register(
                        ProviderFixtures.hongKong(
                            ProviderFixtures.uniqueCode(), LocalDate.of(2012, 1, 1))))
            .code();
    mvc.perform(
            post("/providers/applications/" + id + "/registration")
                .with(accounts.page(officer))
                .with(csrf())
                .param("code", taken))
        .andExpect(status().isOk())
        .andExpect(model().attributeExists("codeError"))
        .andExpect(content().string(containsString("Code: The code " + taken + " is already")));
    mvc.perform(
            post("/providers/applications/" + id + "/refusal")
                .with(accounts.page(officer))
                .with(csrf())
                .param("reason", " "))
        .andExpect(model().attributeExists("reasonError"));
    assertThat(SystemActor.call(() -> applications.review(id).application().status()))
        .isEqualTo(ProviderApplicationStatus.PENDING);
    mvc.perform(
            post("/providers/applications/" + id + "/refusal")
                .with(accounts.page(officer))
                .with(csrf())
                .param("reason", "No evidence of completed assessments"))
        .andExpect(Shown.success("The application was refused and the provider told."));
  }

  @Test
  void onlyOfficersAndAdministratorsReachTheQueue() throws Exception {
    long id = steps.applyAndConfirm(JoiningSteps.unique());
    for (Role role : new Role[] {Role.QA, Role.EPD, Role.COMMITTEE}) {
      String user = accounts.create(role);
      mvc.perform(get("/providers/applications").with(accounts.page(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/providers/applications/" + id + "/certificate").with(accounts.page(user)))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/providers/applications/" + id + "/refusal")
                  .with(accounts.page(user))
                  .with(csrf())
                  .param("reason", "no"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            get("/providers/applications/" + id).with(accounts.page(accounts.create(Role.ADMIN))))
        .andExpect(status().isOk());
    assertThat(SystemActor.call(() -> applications.review(id).application().status()))
        .isEqualTo(ProviderApplicationStatus.PENDING);
  }
}
