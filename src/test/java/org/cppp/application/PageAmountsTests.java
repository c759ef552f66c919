package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.cppp.application.DeliveryJourney.Work;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.funding.Scheme;
import org.cppp.platform.Notices;
import org.cppp.platform.SystemActor;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 9.1 on the application page's own forms (the path to {@code FundingApplication.money()}): a
 * payment or a final cost with an exponent, three decimals or thirteen integer digits is refused at
 * once, naming the field, and nothing is recorded.
 */
@IntegrationTest
class PageAmountsTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired Budget budget;
  @Autowired FundingApplications applications;
  @Autowired java.time.Clock clock;

  @Test
  void aPaymentOrFinalCostThatIsNotAPlainAmountIsRefusedAtOnceAndNothingIsRecorded()
      throws Exception {
    Work work =
        new DeliveryJourney(mvc, accounts, fixtures, committee, clock)
            .started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    for (String amount : new String[] {"1E+1000000", "100.005", "1234567890123"}) {
      long start = System.nanoTime();
      String payment = refusal(post("/applications/" + work.ref() + "/payments"), work, amount);
      String complete =
          refusal(post("/applications/" + work.ref() + "/actions/complete"), work, amount);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(payment).as(amount).startsWith("400 ").contains("Amount paid (HK$): ");
      assertThat(complete).as(amount).startsWith("400 ").contains("Final cost (HK$): ");
    }
    assertThat(SystemActor.call(() -> budget.entriesFor(work.ref())))
        .extracting(e -> e.kind())
        .containsExactly(EntryKind.COMMIT);
    assertThat(SystemActor.call(() -> applications.get(work.ref())).status())
        .isEqualTo(ApplicationStatus.IN_PROGRESS);
  }

  /** The page's answer to this amount in both amount fields: its error text, wherever it is. */
  private String refusal(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      Work work,
      String amount)
      throws Exception {
    MvcResult result =
        mvc.perform(
                request
                    .param("amountHkd", amount)
                    .param("finalCostHkd", amount)
                    .param("invoiceRef", "INV-1")
                    .param("paidOn", java.time.LocalDate.now(clock).toString())
                    .param("lang", "en")
                    .with(accounts.page(work.officer()))
                    .with(csrf()))
            .andReturn();
    MockHttpServletResponse response = result.getResponse();
    Object flash = result.getFlashMap().get(Notices.ATTRIBUTE);
    return response.getStatus() + " " + response.getContentAsString() + " " + flash;
  }
}
