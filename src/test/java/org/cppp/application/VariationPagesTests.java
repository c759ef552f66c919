package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.application.DeliveryJourney.Work;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The application page's variations section: the factory asks, an officer decides. */
@IntegrationTest
class VariationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired TestClock clock;
  @Autowired ApplicationVariations variations;
  @Autowired FundingApplications applications;

  @Test
  void theFactoryAsksOnItsPageAndTheOfficerDecidesThereInTheirLanguage() throws Exception {
    Work work =
        new DeliveryJourney(mvc, accounts, fixtures, committee, clock)
            .started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    String page = "/applications/" + work.ref();
    mvc.perform(get(page).with(accounts.page(work.applicant())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"request-variation\"")));
    mvc.perform(get(page).with(accounts.page(work.provider())))
        .andExpect(content().string(not(containsString("id=\"request-variation\""))));

    askForExtension(work, "next week")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("New completion date")));
    assertThat(SystemActor.call(() -> variations.of(work.ref()))).isEmpty();

    var due = SystemActor.call(() -> applications.get(work.ref()).dueOn()).plusMonths(2);
    askForExtension(work, due.toString()).andExpect(Shown.success("Variation requested."));
    long id = SystemActor.call(() -> variations.of(work.ref())).get(0).id();
    long da = committee.inForce("500000.00", Scheme.DEMONSTRATION_PROJECT).id();

    mvc.perform(get(page).param("lang", "zh-HK").with(accounts.page(work.officer())))
        .andExpect(content().string(containsString("id=\"decide-variation-" + id + "\"")))
        .andExpect(content().string(containsString("延長期限")));
    mvc.perform(
            post(page + "/variations/" + id + "/decision")
                .with(accounts.page(work.officer()))
                .with(csrf())
                .param("outcome", "APPROVE")
                .param("decidedOn", clock.today().toString())
                .param("delegatedAuthorityId", String.valueOf(da))
                .param("note", ""))
        .andExpect(Shown.success("Variation decided."));
    assertThat(SystemActor.call(() -> applications.get(work.ref()).dueOn())).isEqualTo(due);
  }

  /** The factory's applicant asks on the page for more time, as the form posts it. */
  private ResultActions askForExtension(Work work, String newDueOn) throws Exception {
    return mvc.perform(
        post("/applications/" + work.ref() + "/variations")
            .with(accounts.page(work.applicant()))
            .with(csrf())
            .param("kind", "EXTENSION")
            .param("reason", "Equipment late")
            .param("newDueOn", newDueOn)
            .param("newProviderCode", "")
            .param("newTotalCostHkd", "")
            .param("newScope", ""));
  }
}
