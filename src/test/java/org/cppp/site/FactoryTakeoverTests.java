package org.cppp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryView;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An attacker who knows a registered factory's BR number asks for an account naming it: the officer
 * sees the factory is registered, and cannot approve until its registered contact confirms.
 */
@IntegrationTest
class FactoryTakeoverTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired Factories factories;
  @Autowired Users users;
  @Autowired CapturingMailer mail;
  @Autowired JdbcClient jdbc;

  AccountRequestTests forms = new AccountRequestTests();

  @Test
  void aRequestNamingARegisteredFactoryIsApprovedOnlyAfterItsRegisteredContactConfirms()
      throws Exception {
    String br = fixtures.eligibleFactory();
    String attacker = "intruder-" + br;
    mvc.perform(forms.register(br, attacker).param("contactPerson", "Mr Intruder"))
        .andExpect(status().is3xxRedirection());
    String officer = accounts.create(Role.OFFICER);
    String list =
        mvc.perform(get("/site/account-requests?size=500").with(accounts.page(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list)
        .contains("Factory already registered")
        .contains("factory-" + br + "@example.com")
        .contains("Mr Intruder");
    long id = idOf(attacker);

    mvc.perform(approve(id, officer))
        .andExpect(
            Shown.failure(
                "Factory "
                    + br
                    + " is already registered: the requester can only become an additional user of it, once its registered contact has confirmed (by the mailed link or offline)."));
    assertThat(SystemActor.call(() -> users.exists(attacker))).isFalse();

    mvc.perform(
            post("/site/account-requests/" + id + "/ask-contact")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(
            Shown.success("A confirmation link was mailed to the factory's registered contact."));
    CapturingMailer.Mail asked = mail.await("factory-" + br + "@example.com", br);
    assertThat(asked.subject()).doesNotContain("Intruder");
    assertThat(asked.body().lines().limit(4)).noneMatch(line -> line.contains("Intruder"));
    assertThat(asked.body()).contains("--- As entered on the request form");
    // the English half carries the link and the requester's details too, not "{2}"
    assertThat(asked.body()).contains("your factory's applications").doesNotContain("{2}", "{3}");
    assertThat(asked.body().split("/register/confirm/", -1)).hasSize(3);
    String token = tokenIn(asked.body());

    mvc.perform(get("/register/confirm/" + token)).andExpect(status().isOk());
    mvc.perform(post("/register/confirm/" + token).param("decision", "confirm").with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(approve(id, officer))
        .andExpect(Shown.success("The factory is registered and its account is open."));

    assertThat(SystemActor.call(() -> users.get(attacker)).factory()).isEqualTo(br);
    FactoryView kept = SystemActor.call(() -> factories.get(br));
    assertThat(kept.nameEn()).isEqualTo("Test Factory " + br);
    assertThat(kept.contactEmail()).isEqualTo("factory-" + br + "@example.com");
    assertThat(auditOf(id, "APPROVED")).contains("ADDITIONAL_USER").contains("Mr Intruder");
  }

  @Test
  void aFactoryMergedIntoAnotherGetsNoNewAccountAndTheOfficerIsToldWhichTookItOver()
      throws Exception {
    String merged = fixtures.eligibleFactory();
    String survivor = fixtures.eligibleFactory();
    jdbc.sql("update factory set merged_into = ?, merged_at = now() where br_number = ?")
        .params(survivor, merged)
        .update();
    String requester = "late-" + merged;
    mvc.perform(forms.register(merged, requester)).andExpect(status().is3xxRedirection());
    String officer = accounts.create(Role.OFFICER);

    mvc.perform(approve(idOf(requester), officer))
        .andExpect(
            Shown.failure(
                "Factory "
                    + merged
                    + " has been merged into factory "
                    + survivor
                    + ": it takes no new accounts; the requester should ask for an account of"
                    + " factory "
                    + survivor
                    + "."));
    assertThat(SystemActor.call(() -> users.exists(requester))).isFalse();
  }

  @Test
  void aDeclineByTheRegisteredContactKeepsTheRequestFromBeingApproved() throws Exception {
    String br = fixtures.eligibleFactory();
    String attacker = "decline-" + br;
    mvc.perform(forms.register(br, attacker));
    String officer = accounts.create(Role.OFFICER);
    long id = idOf(attacker);
    mvc.perform(
        post("/site/account-requests/" + id + "/ask-contact")
            .with(accounts.page(officer))
            .with(csrf()));
    String token = tokenIn(mail.await("factory-" + br + "@example.com", br).body());
    mvc.perform(post("/register/confirm/" + token).param("decision", "decline").with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(approve(id, officer))
        .andExpect(
            Shown.failure(
                "Factory "
                    + br
                    + " is already registered: the requester can only become an additional user of it, once its registered contact has confirmed (by the mailed link or offline)."));
    assertThat(SystemActor.call(() -> users.exists(attacker))).isFalse();
    mvc.perform(get("/register/confirm/not-a-token")).andExpect(status().isNotFound());
  }

  @Test
  void anOfficerRecordsAnOfflineConfirmationOnlyWithAReason() throws Exception {
    String br = fixtures.eligibleFactory();
    String staff = "second-user-" + br;
    mvc.perform(forms.register(br, staff));
    String officer = accounts.create(Role.OFFICER);
    long id = idOf(staff);
    mvc.perform(
            post("/site/account-requests/" + id + "/offline-confirmation")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(
            Shown.failure(
                "Say how the registered contact confirmed (for example the phone call, date and person)."));
    mvc.perform(approve(id, officer))
        .andExpect(
            Shown.failure(
                "Factory "
                    + br
                    + " is already registered: the requester can only become an additional user of it, once its registered contact has confirmed (by the mailed link or offline)."));
    mvc.perform(
            post("/site/account-requests/" + id + "/offline-confirmation")
                .param("reason", "Phoned Ms Test on the registered number, 2 Dec")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(Shown.success("The offline confirmation is recorded."));
    mvc.perform(approve(id, officer))
        .andExpect(Shown.success("The factory is registered and its account is open."));
    assertThat(SystemActor.call(() -> users.get(staff)).factory()).isEqualTo(br);
    assertThat(auditOf(id, "CONTACT_CONFIRMED_OFFLINE")).contains("Phoned Ms Test");
  }

  @Test
  void onlyOfficersMayAskOrRecordAConfirmation() throws Exception {
    String br = fixtures.eligibleFactory();
    String staff = "applicant-try-" + br;
    mvc.perform(forms.register(br, staff));
    long id = idOf(staff);
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(
            post("/site/account-requests/" + id + "/offline-confirmation")
                .param("reason", "I say so")
                .with(accounts.page(applicant))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder approve(
      long id, String officer) {
    return post("/site/account-requests/" + id + "/approve")
        .with(accounts.page(officer))
        .with(csrf());
  }

  private long idOf(String username) {
    return jdbc.sql("select id from account_request where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private String auditOf(long id, String action) {
    return jdbc.sql(
            "select changes::text from audit_event where subject_type = 'account-request'"
                + " and subject_id = ? and action = ?")
        .params(String.valueOf(id), action)
        .query(String.class)
        .single();
  }

  private static String tokenIn(String body) {
    Matcher link = Pattern.compile("/register/confirm/([A-Za-z0-9_-]+)").matcher(body);
    assertThat(link.find()).isTrue();
    return link.group(1);
  }
}
