package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.cppp.application.DeliveryJourney.Work;
import org.cppp.funding.Scheme;
import org.cppp.platform.MailDispatcher;
import org.cppp.platform.PublicUrl;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The provider an application names and the factory are mailed about its work and payments. */
@IntegrationTest
class ApplicationPartyMailTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired CapturingMailer mail;
  @Autowired MailDispatcher dispatcher;
  @Autowired PublicUrl publicUrl;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  DeliveryJourney journey;

  @BeforeEach
  void journey() {
    journey = new DeliveryJourney(mvc, accounts, fixtures, committee, clock);
  }

  @Test
  void theProvidersStaffAreMailedOfSubmissionDecisionCompletionAndPaymentAndTheFactoryOfPayment()
      throws Exception {
    Work work = journey.started(Scheme.ON_SITE_ASSESSMENT, fixtures.registeredProvider());
    String provider = work.provider() + "@example.com";
    String applicant = work.applicant() + "@example.com";
    String page = publicUrl.link("/applications/" + work.ref());
    assertThat(
            mail.await(provider, "Application " + work.ref() + " naming your company: Submitted"))
        .satisfies(m -> assertThat(m.body()).contains("is now \"Submitted\"").contains(page));
    mail.await(provider, "Application " + work.ref() + " naming your company: Approved");
    speaks(work.provider(), "zh-HK");
    speaks(work.applicant(), "zh-CN");

    mvc.perform(
            post("/api/applications/" + work.ref() + "/complete")
                .with(accounts.api(work.officer()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"finalCostHkd\":\"30000\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/applications/" + work.ref() + "/payments")
                .with(accounts.api(work.officer()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amountHkd\":\"10000\",\"invoiceRef\":\"INV-" + work.ref() + "\"}"))
        .andExpect(status().is2xxSuccessful());

    mail.await(provider, "列明貴公司的申請 " + work.ref() + "：已完成");
    assertThat(mail.await(provider, "申請 " + work.ref() + " 已記錄付款").body())
        .contains("HK$ 10,000.00")
        .contains("INV-" + work.ref())
        .contains(page);
    assertThat(mail.await(applicant, "申请 " + work.ref() + " 已记录付款").body())
        .contains("HK$ 10,000.00")
        .contains(page);
    dispatcher.dispatchDue();
    assertThat(mail.to(provider))
        .filteredOn(m -> m.subject().contains("付款"))
        .as("one payment mail per recipient")
        .hasSize(1);
    assertThat(mail.to(work.qa() + "@example.com"))
        .filteredOn(m -> m.subject().contains("付款") || m.subject().contains("naming"))
        .isEmpty();
  }

  @Test
  void aProviderWithoutStaffAccountsIsMailedAtItsRegisteredContactInTheLanguageItJoinedIn()
      throws Exception {
    String code = fixtures.registeredProvider();
    jdbc.sql(
            """
            insert into provider_application (name, base, contact_person, contact_phone,
              contact_email, language, status, confirmation_token_hash, submitted_at,
              provider_code)
            values (?, 'HONG_KONG', 'Ms Chan', '+852 3000 0000', ?, 'zh-HK', 'REGISTERED',
              md5(random()::text), now(), ?)""")
        .params("Provider " + code, "provider-" + code.toLowerCase() + "@example.com", code)
        .update();
    Work work = journey.drafted(Scheme.ON_SITE_ASSESSMENT, code);
    // from now on the provider's only account is switched off: its registered contact is mailed
    jdbc.sql("update users set enabled = false where username = ?").param(work.provider()).update();
    String authority =
        String.valueOf(committee.inForce("500000.00", Scheme.ON_SITE_ASSESSMENT).id());
    journey.act(work.officer(), work.ref(), "screen", "{}");
    journey.act(work.officer(), work.ref(), "ready", "{\"note\":\"All checks passed\"}");
    journey.act(
        work.officer(),
        work.ref(),
        "approve",
        "{\"decidedOn\":\""
            + java.time.LocalDate.now(clock)
            + "\",\"delegatedAuthorityId\":"
            + authority
            + "}");

    String contact = "provider-" + code.toLowerCase() + "@example.com";
    assertThat(mail.await(contact, "列明貴公司的申請 " + work.ref() + "：已批准").body())
        .contains("環保技術服務供應商")
        .contains(publicUrl.link("/applications/" + work.ref()));
  }

  private void speaks(String username, String language) {
    jdbc.sql("update users set language = ? where username = ?")
        .params(language, username)
        .update();
  }
}
