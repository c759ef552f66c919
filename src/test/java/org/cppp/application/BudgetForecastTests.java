package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cppp.funding.Budget;
import org.cppp.funding.BudgetForecast;
import org.cppp.funding.BudgetForecasts;
import org.cppp.funding.PipelineStage;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget's forecast over real applications: what a small fixture adds to each figure, worked
 * out by hand (the programme account is shared with other tests, so the test compares before and
 * after); and who sees it, on the page, in JSON and as CSV.
 */
@IntegrationTest
class BudgetForecastTests {

  @Autowired BudgetForecasts forecasts;
  @Autowired Budget budget;
  @Autowired FundingApplications applications;
  @Autowired Fixtures fixtures;
  @Autowired TestAccounts accounts;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  /** A submitted application of a new factory; the quoted share follows from the cost. */
  String submitted(Scheme scheme, String costHkd) {
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    return SystemActor.call(
        () -> {
          var draft =
              new ApplicationDraft(
                  provider,
                  "Forecast fixture",
                  "",
                  "Q-1",
                  List.of(new ApplicationDraft.Line("Work", new BigDecimal(costHkd))),
                  TechnologyCategory.ENERGY_SAVING,
                  "Less fuel",
                  null,
                  "");
          String ref = applications.create(br, scheme, draft).reference();
          applications.submit(ref);
          return ref;
        });
  }

  String ready(Scheme scheme, String costHkd) {
    String ref = submitted(scheme, costHkd);
    SystemActor.run(
        () -> {
          applications.act(ref, ApplicationAction.SCREEN, ActionInput.none());
          applications.act(
              ref, ApplicationAction.READY, new ActionInput("All checks passed", null, null));
        });
    return ref;
  }

  BudgetForecast forecast() {
    return SystemActor.call(forecasts::forecast);
  }

  static BudgetForecast.Year currentYear(BudgetForecast forecast) {
    String label = FinancialYear.containing(forecast.asAt()).label();
    return forecast.byFinancialYear().stream()
        .filter(y -> y.financialYear().equals(label))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSmallFixtureMovesEachFigureByItsHandWorkedAmount() {
    BudgetForecast before = forecast();
    submitted(Scheme.ON_SITE_ASSESSMENT, "20000.00"); // 50%: HK$10,000, in screening
    ready(Scheme.DEMONSTRATION_PROJECT, "500000.00"); // 50% capped at HK$160,000, for the committee
    SystemActor.call(
        () -> {
          var draft = // a draft is not in the pipeline
              new ApplicationDraft(
                  fixtures.registeredProvider(),
                  "Draft",
                  "",
                  "Q-2",
                  List.of(new ApplicationDraft.Line("Work", new BigDecimal("30000.00"))),
                  null,
                  "",
                  null,
                  "");
          return applications.create(fixtures.eligibleFactory(), Scheme.ON_SITE_ASSESSMENT, draft);
        });
    String granted = "APP-F-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now(clock);
    SystemActor.run(
        () -> {
          budget.commit(granted, Scheme.ON_SITE_ASSESSMENT, new BigDecimal("10000.00"), today);
          budget.pay(granted, new BigDecimal("4000.00"), "INV-F-1", today);
        });

    BudgetForecast after = forecast();

    assertThat(stage(after, 0).applications() - stage(before, 0).applications()).isEqualTo(1);
    assertThat(diff(stage(after, 0).quotedShareHkd(), stage(before, 0).quotedShareHkd()))
        .isEqualTo("10000.00");
    assertThat(stage(after, 1).applications() - stage(before, 1).applications()).isEqualTo(1);
    assertThat(diff(stage(after, 1).quotedShareHkd(), stage(before, 1).quotedShareHkd()))
        .isEqualTo("160000.00");
    assertThat(diff(after.pipelineHkd(), before.pipelineHkd())).isEqualTo("170000.00");
    assertThat(diff(after.committedNotPaidHkd(), before.committedNotPaidHkd()))
        .isEqualTo("6000.00");
    assertThat(diff(after.projectedBalanceHkd(), before.projectedBalanceHkd()))
        .isEqualTo("-180000.00");
    BudgetForecast.Year now = currentYear(after);
    BudgetForecast.Year was = currentYear(before);
    assertThat(now.projected()).isTrue();
    assertThat(diff(now.committedHkd(), was.committedHkd())).isEqualTo("10000.00");
    assertThat(diff(now.paidHkd(), was.paidHkd())).isEqualTo("4000.00");
    assertThat(diff(now.pipelineHkd(), was.pipelineHkd())).isEqualTo("170000.00");
    assertThat(diff(now.balanceHkd(), was.balanceHkd())).isEqualTo("-180000.00");
    assertThat(after.byFinancialYear().get(after.byFinancialYear().size() - 1).balanceHkd())
        .isEqualTo(after.projectedBalanceHkd());
  }

  @Test
  void theForecastIsOnTheBudgetPageWithItsChartAndTable() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    BudgetForecast forecast = forecast();
    mvc.perform(get("/budget").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"forecast-chart\"")))
        .andExpect(content().string(containsString("aria-describedby=\"forecast-table-caption\"")))
        .andExpect(content().string(containsString("id=\"forecast-table\"")))
        .andExpect(content().string(containsString("In screening")))
        .andExpect(content().string(containsString("Account period: 2008-04-01 to ")))
        .andExpect(content().string(containsString("href=\"/budget/forecast.csv\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        String.format(
                            java.util.Locale.ROOT, "HK$ %,.2f", forecast.projectedBalanceHkd()))));
  }

  @Test
  void theOpeningPeriodIsNamedInTheReadersLanguage() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/budget").with(accounts.page(officer)))
        .andExpect(content().string(containsString("<td>Account opened</td>")));
    mvc.perform(
            get("/budget")
                .with(accounts.page(officer))
                .cookie(new jakarta.servlet.http.Cookie("cppp-lang", "zh-HK")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<td>開立帳戶</td>")))
        .andExpect(content().string(not(containsString("Account opened"))));
  }

  @Test
  void theForecastIsJsonAndItsOwnCsv() throws Exception {
    String epd = accounts.create(Role.EPD);
    mvc.perform(get("/api/budget/forecast").with(accounts.api(epd)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.account").value("CPPP"))
        .andExpect(jsonPath("$.pipeline[0].stage").value("SCREENING"))
        .andExpect(jsonPath("$.pipeline[1].stage").value("COMMITTEE"))
        .andExpect(jsonPath("$.projectedBalanceHkd").isString())
        .andExpect(jsonPath("$.byFinancialYear[0].financialYear").value("2008/09"));
    String header =
        "financial_year,projected,budget_added_hkd,committed_hkd,paid_hkd,pipeline_hkd,"
            + "committed_not_paid_hkd,balance_hkd\r\n";
    mvc.perform(get("/budget/forecast.csv").with(accounts.page(epd)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("text/csv")))
        .andExpect(content().string(startsWith(header + "2008/09,false,93060000.00,")));
    mvc.perform(get("/api/budget/forecast.csv").with(accounts.api(epd)))
        .andExpect(status().isOk())
        .andExpect(content().string(startsWith(header)));
    mvc.perform(get("/budget.csv").with(accounts.page(epd)))
        .andExpect(content().string(startsWith("financial_year,budget_added_hkd,committed_hkd")));
  }

  @Test
  void onlyTheBudgetsReadersSeeTheForecast() throws Exception {
    List<String> others =
        List.of(
            accounts.create(Role.COMMITTEE),
            accounts.create(Role.QA),
            accounts.applicantOf(fixtures.eligibleFactory()),
            accounts.create(Set.of(Role.PROVIDER), null, fixtures.registeredProvider()));
    for (String user : others) {
      mvc.perform(get("/api/budget/forecast").with(accounts.api(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/budget/forecast.csv").with(accounts.api(user)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/budget/forecast.csv").with(accounts.page(user)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  @WithMockUser(roles = "COMMITTEE")
  void theFacadeRefusesTheForecastToACommitteeMember() {
    assertThatThrownBy(forecasts::forecast).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anExtensionIsRecordedByOfficersOnlyAndMustEndLater() throws Exception {
    String body = "{\"extendsTo\":\"2012-03-31\",\"note\":\"earlier\"}";
    mvc.perform(
            post("/api/budget/periods")
                .with(accounts.api(accounts.create(Role.EPD)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/budget/periods")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("extendsTo"));
    mvc.perform(
            post("/budget/commitments")
                .with(accounts.page(officer))
                .with(csrf())
                .param("extendsTo", "2012-03-31")
                .param("note", "earlier"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is-invalid")))
        .andExpect(content().string(containsString("must be after the current end")));
    mvc.perform(get("/api/budget/periods").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[-1].version").value(1))
        .andExpect(jsonPath("$[-1].reason").value("Account opened"));
  }

  static PipelineStage stage(BudgetForecast forecast, int index) {
    return forecast.pipeline().get(index);
  }

  static String diff(BigDecimal after, BigDecimal before) {
    return after.subtract(before).toPlainString();
  }
}
