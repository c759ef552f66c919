package org.cppp.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.support.CapturingMailer;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ProviderApplicationApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired CapturingMailer mail;
  @Autowired ProviderApplications applications;
  @Autowired Providers providers;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  JoiningSteps steps;

  @BeforeEach
  void steps() {
    steps = new JoiningSteps(mvc, mail, applications);
  }

  ResultActions decide(String user, long id, String decision, String json) throws Exception {
    return mvc.perform(
        post("/api/provider-applications/" + id + "/" + decision)
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void anOfficerListsReviewsAndRegistersAnApplication() throws Exception {
    String name = JoiningSteps.unique();
    long id = steps.applyAndConfirm(name);
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/api/provider-applications?size=500").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.size").value(200))
        .andExpect(jsonPath("$.content[?(@.id == " + id + ")].status").value("PENDING"));
    mvc.perform(get("/api/provider-applications/" + id).with(accounts.api(officer)))
        .andExpect(jsonPath("$.application.gdeicRegistrationNo").value("GD-CP-" + name))
        .andExpect(jsonPath("$.certificate.contentType").value("application/pdf"))
        .andExpect(jsonPath("$.certificate.sizeBytes").value(JoiningSteps.PDF.length));
    String code = "A" + name.substring(0, 8).toUpperCase();
    decide(officer, id, "registration", "{\"code\":\"" + code + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REGISTERED"))
        .andExpect(jsonPath("$.providerCode").value(code));
    assertThat(SystemActor.call(() -> providers.isRegistered(code, clock.today()))).isTrue();
    decide(officer, id, "refusal", "{\"reason\":\"late\"}")
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail").value("Application " + id + " was already decided (Registered)."));
    mvc.perform(
            post("/api/provider-applications/" + id + "/refusal")
                .with(accounts.api(officer))
                .cookie(new Cookie("cppp-lang", "zh-HK"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"late\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("申請 " + id + " 已有決定（已登記）。"));
    mvc.perform(get("/api/provider-applications?status=REGISTERED").with(accounts.api(officer)))
        .andExpect(jsonPath("$.content[?(@.id == " + id + ")].providerCode").value(code));
  }

  @Test
  void aRefusalNeedsAReasonWhichTheProviderIsToldInTheLanguageTheyApplyIn() throws Exception {
    String name = JoiningSteps.unique();
    mvc.perform(JoiningSteps.form(name).cookie(new Cookie("cppp-lang", "zh-CN")));
    assertThat(mail.await(JoiningSteps.email(name), "请确认").body()).contains("72 小时");
    steps.confirm(name);
    long id = steps.idOf(name);
    String officer = accounts.create(Role.OFFICER);
    decide(officer, id, "refusal", "{\"reason\":\" \"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    decide(officer, id, "refusal", "{\"reason\":\"" + "x".repeat(1001) + "\"}")
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    decide(officer, id, "refusal", "{\"reason\":\"No GDEIC certificate on file\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REFUSED"))
        .andExpect(jsonPath("$.refusalReason").value("No GDEIC certificate on file"));
    assertThat(mail.await(JoiningSteps.email(name), "未能登记").body())
        .contains("理由如下", "No GDEIC certificate on file");
  }

  @Test
  void aDuplicateOfARegisteredProviderIsFlaggedToTheOfficer() throws Exception {
    String code = ProviderFixtures.uniqueCode();
    SystemActor.run(
        () ->
            providers.register(
                ProviderFixtures.prd(code, LocalDate.of(2011, 1, 1), LocalDate.of(2030, 1, 1))));
    String name = JoiningSteps.unique();
    mvc.perform(
        JoiningSteps.form(
            name,
            "name",
            "Green Tech " + code + " Limited",
            "gdeicRegistrationNo",
            "gd-cp-" + code.toLowerCase()));
    steps.confirm(name);
    long sameNumber = idByName("Green Tech " + code + " Limited");
    String other = JoiningSteps.unique();
    mvc.perform(JoiningSteps.form(other, "name", "Green Tech " + code + " Co."));
    steps.confirm(other);
    long similarName = idByName("Green Tech " + code + " Co.");
    long unrelated = steps.applyAndConfirm(JoiningSteps.unique());
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/api/provider-applications/" + sameNumber).with(accounts.api(officer)))
        .andExpect(jsonPath("$.possibleDuplicates[0].code").value(code))
        .andExpect(jsonPath("$.possibleDuplicates[0].sameGdeicNumber").value(true));
    mvc.perform(get("/api/provider-applications/" + similarName).with(accounts.api(officer)))
        .andExpect(
            jsonPath("$.possibleDuplicates[?(@.code == '" + code + "')].sameGdeicNumber")
                .value(false));
    mvc.perform(get("/api/provider-applications/" + unrelated).with(accounts.api(officer)))
        .andExpect(jsonPath("$.possibleDuplicates[?(@.code == '" + code + "')]").isEmpty());
  }

  long idByName(String name) {
    return jdbc.sql("select id from provider_application where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  @Test
  void onlyOfficersAndAdministratorsUseTheApi() throws Exception {
    long id = steps.applyAndConfirm(JoiningSteps.unique());
    String provider = ProviderFixtures.uniqueCode();
    SystemActor.run(
        () -> providers.register(ProviderFixtures.hongKong(provider, LocalDate.of(2012, 1, 1))));
    List<String> users = new ArrayList<>();
    users.add(accounts.create(Role.QA));
    users.add(accounts.create(Role.EPD));
    users.add(accounts.staffOf(provider));
    for (String user : users) {
      mvc.perform(get("/api/provider-applications").with(accounts.api(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/provider-applications/" + id).with(accounts.api(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/provider-applications/" + id + "/certificate").with(accounts.api(user)))
          .andExpect(status().isForbidden());
      decide(user, id, "registration", "{\"code\":\"X" + id + "\"}")
          .andExpect(status().isForbidden());
      decide(user, id, "refusal", "{\"reason\":\"no\"}").andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/provider-applications")).andExpect(status().isUnauthorized());
    mvc.perform(
            get("/api/provider-applications/" + id).with(accounts.api(accounts.create(Role.ADMIN))))
        .andExpect(status().isOk());
    assertThat(SystemActor.call(() -> applications.review(id).application().status()))
        .isEqualTo(ProviderApplicationStatus.PENDING);
  }

  @Test
  void twoOfficersRegisteringAtOnceMakeOneProvider() throws Exception {
    long id = steps.applyAndConfirm(JoiningSteps.unique());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> outcomes = new ArrayList<>();
    for (String code :
        new String[] {ProviderFixtures.uniqueCode(), ProviderFixtures.uniqueCode()}) {
      Callable<String> attempt =
          () -> {
            start.await();
            try {
              return SystemActor.call(() -> applications.register(id, code).providerCode());
            } catch (RuntimeException lost) {
              return null;
            }
          };
      outcomes.add(pool.submit(attempt));
    }
    start.countDown();
    List<String> won = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      if (outcome.get() != null) {
        won.add(outcome.get());
      }
    }
    pool.shutdown();
    assertThat(won).hasSize(1);
    assertThat(SystemActor.call(() -> applications.review(id).application().providerCode()))
        .isEqualTo(won.get(0));
    long made =
        jdbc.sql("select count(*) from provider where gdeic_registration_no = ?")
            .param(
                SystemActor.call(() -> applications.review(id).application().gdeicRegistrationNo()))
            .query(Long.class)
            .single();
    assertThat(made).isEqualTo(1);
  }

  @Test
  void aLinkConfirmedTooLateIsRefusedAndTheUnconfirmedApplicationIsDeleted() throws Exception {
    String name = JoiningSteps.unique();
    mvc.perform(JoiningSteps.form(name));
    String token = steps.token(name);
    jdbc.sql("update provider_application set submitted_at = ? where contact_email = ?")
        .params(
            java.sql.Timestamp.from(Instant.now().minus(73, ChronoUnit.HOURS)),
            JoiningSteps.email(name))
        .update();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SystemActor.call(() -> applications.confirm(token)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("provider.application.confirm.expired");
    assertThat(SystemActor.call(applications::deleteUnconfirmed)).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from provider_application where contact_email = ?")
                .param(JoiningSteps.email(name))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aGdeicRegistrationThatLapsedWhileQueuedCannotBeRegistered() throws Exception {
    long id = steps.applyAndConfirm(JoiningSteps.unique());
    jdbc.sql("update provider_application set gdeic_valid_until = ? where id = ?")
        .params(clock.today().minusDays(1), id)
        .update();
    String code = ProviderFixtures.uniqueCode();
    decide(accounts.create(Role.OFFICER), id, "registration", "{\"code\":\"" + code + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("lapsed")));
    assertThat(SystemActor.call(() -> providers.isRegistered(code, clock.today()))).isFalse();
    assertThat(SystemActor.call(() -> applications.review(id).application().status()))
        .isEqualTo(ProviderApplicationStatus.PENDING);
  }
}
