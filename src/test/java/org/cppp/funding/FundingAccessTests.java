package org.cppp.funding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.identity.Role;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reaches the budget and the rules. Applicants and providers are signed in by role only (their
 * factory or provider binding is irrelevant here, and those modules are not in this build).
 */
@IntegrationTest
class FundingAccessTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void applicantsAndProvidersMayNotSeeTheBudget() throws Exception {
    for (String role : new String[] {"APPLICANT", "PROVIDER"}) {
      mvc.perform(get("/api/budget").with(user("x-" + role).roles(role)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/budget").with(user("y-" + role).roles(role)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/funding/phases").with(user("z-" + role).roles(role)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/budget")).andExpect(status().isUnauthorized());
  }

  @Test
  void officersEpdAndAdminsSeeTheBudget() throws Exception {
    for (Role role : new Role[] {Role.OFFICER, Role.EPD, Role.ADMIN}) {
      String user = accounts.create(role);
      mvc.perform(get("/api/budget").with(accounts.api(user)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.account").value("CPPP"))
          .andExpect(jsonPath("$.budgetHkd").isString());
      mvc.perform(get("/budget").with(accounts.page(user)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("burn-chart")))
          .andExpect(content().string(containsString("/dist/chart.umd.min.js")));
    }
    mvc.perform(get("/api/budget").with(accounts.api(accounts.create(Role.COMMITTEE))))
        .andExpect(status().isForbidden());
  }

  @Test
  void chartLibraryIsServedVersionFree() throws Exception {
    mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
    mvc.perform(get("/js/funding.js")).andExpect(status().isOk());
  }

  @Test
  void budgetTablesDownloadAsCsv() throws Exception {
    String epd = accounts.create(Role.EPD);
    mvc.perform(get("/budget.csv").with(accounts.page(epd)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("text/csv")))
        .andExpect(content().string(startsWith("financial_year,budget_added_hkd")))
        .andExpect(content().string(containsString("2008/09,93060000.00")));
    mvc.perform(get("/api/budget/burn.csv").with(accounts.api(epd)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\r\n2008-04,")));
  }

  @Test
  void officersAddBudgetAndEpdMayNot() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            post("/api/budget/commitments")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amountHkd\":\"0\",\"effectiveOn\":\"2013-04-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("amountHkd"));
    mvc.perform(
            post("/api/budget/commitments")
                .with(accounts.api(accounts.create(Role.EPD)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amountHkd\":\"1.00\",\"effectiveOn\":\"2013-04-01\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/budget/commitments")
                .with(accounts.page(officer))
                .with(csrf())
                .param("amountHkd", "0.01")
                .param("effectiveOn", "2013-04-01")
                .param("note", "rounding test"))
        .andExpect(redirectedUrl("/budget"));
    mvc.perform(
            post("/budget/commitments")
                .with(accounts.page(officer))
                .with(csrf())
                .param("amountHkd", "-3")
                .param("effectiveOn", "2013-04-01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is-invalid")));
  }

  @Test
  void ledgerEntriesOfAnApplicationAreListed() throws Exception {
    mvc.perform(
            get("/api/budget/entries")
                .param("application", "APP-NONE-1")
                .with(accounts.api(accounts.create(Role.OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().json("[]"));
  }

  @Test
  void dashboardShowsBudgetTilesToOfficers() throws Exception {
    mvc.perform(get("/dashboard").with(accounts.page(accounts.create(Role.OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Budget available (HK$)")));
  }
}
