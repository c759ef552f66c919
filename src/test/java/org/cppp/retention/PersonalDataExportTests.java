package org.cppp.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer's export of everything held about one person or one factory gathers every module's
 * part, is audited, and is refused to anyone else.
 */
@IntegrationTest
class PersonalDataExportTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  @Test
  void aPersonsExportHoldsTheirAccountEnquiriesAndRequestsFromEachModule() throws Exception {
    String factory = fixtures.eligibleFactory();
    String applicant = accounts.withEmail(Role.APPLICANT, factory, null);
    String email = applicant + "@example.com";
    jdbc.sql(
            "insert into outreach_enquiry (channel, topic, name, email, question, status,"
                + " received_at) values ('WEB', 'funding', 'Ms Chan', upper(?), 'How much?',"
                + " 'OPEN', now())")
        .param(email)
        .update();
    String officer = accounts.create(Role.OFFICER);

    mvc.perform(get("/api/personal-data/export").param("email", email).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.email").value(email))
        .andExpect(jsonPath("$.exportedBy").value(officer))
        .andExpect(jsonPath("$.sections.identity.accounts[0].username").value(applicant))
        .andExpect(jsonPath("$.sections.outreach.enquiries[0].question").value("How much?"))
        .andExpect(jsonPath("$.sections.site.accountRequests").isArray())
        .andExpect(jsonPath("$.sections.provider.providerApplications").isArray());

    assertThat(audit.recent("personal-data", 20))
        .anyMatch(e -> e.actor().equals(officer) && email.equals(e.changes().get("email")));
  }

  @Test
  void aPersonsExportHoldsTheMailsSentToThemTheirCommitteeRecordsAndWhatTheyDid() throws Exception {
    String member = accounts.withEmail(Role.COMMITTEE, null, null);
    String email = member + "@example.com";
    jdbc.sql(
            "insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at)"
                + " values (upper(?), 'Meeting papers', 'The papers are ready.', now(), now())")
        .param(email)
        .update();
    long memberId =
        jdbc.sql(
                "insert into committee_member (username, display_name, organisation_code,"
                    + " position, term_from, term_to) select ?, 'Dr Lee', code, 'MEMBER',"
                    + " date '2012-01-01', date '2013-12-31' from committee_organisation limit 1"
                    + " returning id")
            .param(member)
            .query(Long.class)
            .single();
    long meetingId =
        jdbc.sql(
                "insert into committee_meeting (number, title, meeting_date, start_time,"
                    + " declaration_deadline, status, created_by) values (?, 'Export',"
                    + " date '2012-05-10', time '10:00', date '2012-05-10', 'HELD', 'test')"
                    + " returning id")
            .param("PMC X-" + member)
            .query(Long.class)
            .single();
    long itemId =
        jdbc.sql(
                "insert into agenda_item (meeting_id, position, kind, title)"
                    + " values (?, 1, 'MATTER', 'Guidebooks') returning id")
            .param(meetingId)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into interest_declaration (item_id, member_id, interest, nature)"
                + " values (?, ?, true, 'Author')")
        .params(itemId, memberId)
        .update();
    jdbc.sql(
            "insert into meeting_attendance (meeting_id, member_id, status) values (?, ?,"
                + " 'PRESENT')")
        .params(meetingId, memberId)
        .update();
    accounts.as(
        member,
        () ->
            tx.execute(
                status -> {
                  audit.record("test", "X-" + member, "LOOKED", java.util.Map.of());
                  return null;
                }));
    String officer = accounts.create(Role.OFFICER);

    mvc.perform(get("/api/personal-data/export").param("email", email).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sections.platform.mails[0].subject").value("Meeting papers"))
        .andExpect(jsonPath("$.sections.committee.memberships[0].username").value(member))
        .andExpect(jsonPath("$.sections.committee.declarations[0].nature").value("Author"))
        .andExpect(jsonPath("$.sections.committee.attendance[0].status").value("PRESENT"))
        .andExpect(jsonPath("$.sections.committee.votes").isArray())
        .andExpect(jsonPath("$.sections.identity.actions[0].action").value("LOOKED"))
        .andExpect(jsonPath("$.sections.identity.actions[0].subjectId").value("X-" + member));
  }

  @Test
  void aFactorysExportHoldsItsRecordAccountsAndApplications() throws Exception {
    String factory = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(factory);
    String officer = accounts.create(Role.OFFICER);

    mvc.perform(
            get("/api/personal-data/export").param("factory", factory).with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.factory").value(factory))
        .andExpect(jsonPath("$.sections.factory.factories[0].brNumber").value(factory))
        .andExpect(jsonPath("$.sections.identity.accounts[0].username").value(applicant))
        .andExpect(jsonPath("$.sections.application.applications").isArray());
    assertThat(audit.of("personal-data", factory)).hasSize(1);
  }

  @Test
  void anyoneButAnOfficerIsRefused() throws Exception {
    String factory = fixtures.eligibleFactory();
    for (String user :
        new String[] {
          accounts.applicantOf(factory),
          accounts.create(Role.QA),
          accounts.create(Role.COMMITTEE),
          accounts.create(Role.EPD),
          accounts.staffOf(fixtures.registeredProvider())
        }) {
      mvc.perform(
              get("/api/personal-data/export").param("factory", factory).with(accounts.api(user)))
          .andExpect(status().isForbidden());
    }
    assertThat(audit.of("personal-data", factory)).isEmpty();
  }

  @Test
  void badInputIsRefusedNamingTheField() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            get("/api/personal-data/export").param("email", "nobody").with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("email"));
    mvc.perform(
            get("/api/personal-data/export").param("factory", "12ab").with(accounts.api(officer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("factory"));
    mvc.perform(get("/api/personal-data/export").with(accounts.api(officer)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void thePageDownloadsTheExportAsAJsonFile() throws Exception {
    String factory = fixtures.eligibleFactory();
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(get("/personal-data").with(accounts.page(officer))).andExpect(status().isOk());
    mvc.perform(get("/personal-data/export").param("factory", factory).with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"personal-data-" + factory + ".json\""));
    mvc.perform(get("/personal-data").with(accounts.page(accounts.applicantOf(factory))))
        .andExpect(status().isForbidden());
  }
}
