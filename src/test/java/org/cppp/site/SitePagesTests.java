package org.cppp.site;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.identity.Role;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SitePagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  @Test
  void theFrontPageTellsAVisitorWhoCanApplyAndWhatIsFundedFromTheRulesInForce() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The Government pays 50% of the cost, up to HK$15,000."),
                        containsString("up to HK$160,000"),
                        containsString(
                            "Free to your factory: the Government pays up to HK$15,000."),
                        containsString("Dongguan"),
                        containsString("Metal and metal products"),
                        not(containsString(">Other<")))));
  }

  @Test
  void theFrontPageSpeaksChinese() throws Exception {
    mvc.perform(get("/").param("lang", "zh-HK"))
        .andExpect(content().string(containsString("政府資助費用的50%，上限港幣15,000元。")));
    mvc.perform(get("/").param("lang", "zh-CN"))
        .andExpect(content().string(containsString("政府资助费用的50%，上限港币15,000元。")));
  }

  @Test
  void aSignedInUserGoesToTheirDashboard() throws Exception {
    mvc.perform(get("/").with(accounts.page(accounts.create(Role.OFFICER))))
        .andExpect(redirectedUrl("/dashboard"));
  }
}
