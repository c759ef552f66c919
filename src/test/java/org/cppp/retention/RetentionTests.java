package org.cppp.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.PersonalRecords;
import org.cppp.platform.SystemActor;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retention job anonymises only what its rules say is due, once, audits each kind's count
 * without personal data, and the trail stays append-only otherwise. Records are dated before 2001
 * and the periods set to 300 months, so no other test's records are ever due.
 */
@IntegrationTest
class RetentionTests {

  private static final int FAR_BACK = 300;

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired RetentionRules rules;
  @Autowired RetentionRuns runs;
  @Autowired AuditTrail audit;
  @Autowired org.cppp.support.Fixtures fixtures;

  private Map<String, Integer> periods;

  @BeforeEach
  void onlyRecordsOfTheLastCenturyAreDue() {
    periods = new java.util.HashMap<>();
    SystemActor.run(
        () ->
            rules
                .list()
                .forEach(
                    rule -> {
                      periods.put(rule.kind(), rule.periodMonths());
                      rules.change(rule.kind(), FAR_BACK);
                    }));
  }

  @AfterEach
  void restorePeriods() {
    SystemActor.run(() -> periods.forEach(rules::change));
  }

  @Test
  void anonymisesDueEnquiriesAndRefusedRequestsOnceKeepingDatesAndCompanies() {
    String email = unique();
    long old = enquiry(email, "1999-05-01");
    long recent = enquiry(email, "2009-05-01");
    long refused = accountRequest(email, "REJECTED", "1999-06-01");
    long pending = accountRequest(email, "PENDING", null);

    Map<String, Integer> first = SystemActor.call(runs::anonymiseDue);

    assertThat(first.get("ENQUIRY")).isGreaterThanOrEqualTo(1);
    assertThat(first.get("REFUSED_ACCOUNT_REQUEST")).isGreaterThanOrEqualTo(1);
    Map<String, Object> enquiry = row("select * from outreach_enquiry where id = ?", old);
    assertThat(enquiry)
        .containsEntry("name", PersonalRecords.MARKER)
        .containsEntry("email", PersonalRecords.MARKER)
        .containsEntry("phone", PersonalRecords.MARKER)
        .containsEntry("question", PersonalRecords.MARKER)
        .containsEntry("company", "Keep Co Ltd")
        .containsEntry("topic", "funding");
    assertThat(row("select * from outreach_enquiry where id = ?", recent))
        .containsEntry("email", email);
    assertThat(row("select * from account_request where id = ?", refused))
        .containsEntry("contact_email", PersonalRecords.MARKER)
        .containsEntry("contact_person", PersonalRecords.MARKER)
        .containsEntry("address", PersonalRecords.MARKER)
        .containsEntry("city", "DONGGUAN")
        .containsEntry("sector", "TEXTILES");
    assertThat(row("select * from account_request where id = ?", pending))
        .containsEntry("contact_email", email);

    Map<String, Integer> second = SystemActor.call(runs::anonymiseDue);
    assertThat(second.values()).allMatch(count -> count == 0);
  }

  @Test
  void eachRunAuditsEachKindWithItsCountAndNoPersonalData() {
    String email = unique();
    enquiry(email, "1998-01-01");

    Map<String, Integer> done = SystemActor.call(runs::anonymiseDue);

    var entries = audit.recent("retention", 50);
    assertThat(done.keySet())
        .allMatch(kind -> entries.stream().anyMatch(e -> e.subjectId().equals(kind)));
    var enquiries =
        entries.stream().filter(e -> e.subjectId().equals("ENQUIRY")).findFirst().orElseThrow();
    assertThat(enquiries.action()).isEqualTo("ANONYMISED");
    assertThat(enquiries.changes()).containsKeys("count", "cutoff");
    assertThat(enquiries.changes().toString()).doesNotContain(email);
  }

  @Test
  void auditEntriesLoseOnlyTheirPersonalFieldsAndStayAppendOnly() {
    String email = unique();
    long id =
        jdbc.sql(
                "insert into audit_event (occurred_at, actor, subject_type, subject_id, action,"
                    + " changes) values ('1999-03-01', 'officer', 'enquiry', '1', 'ANSWERED',"
                    + " cast(? as jsonb)) returning id")
            .param("{\"email\":\"" + email + "\",\"status\":[\"OPEN\",\"ANSWERED\"]}")
            .query(Long.class)
            .single();

    SystemActor.call(runs::anonymiseDue);

    Map<String, Object> entry = row("select changes::text as c from audit_event where id = ?", id);
    assertThat((String) entry.get("c"))
        .contains("\"email\": \"" + PersonalRecords.MARKER + "\"")
        .contains("ANSWERED")
        .doesNotContain(email);
    assertThatThrownBy(
            () ->
                jdbc.sql("update audit_event set actor = 'someone' where id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("append-only");
  }

  @Test
  void anAdministratorChangesAPeriodAndAnOfficerMayNot() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(
            put("/api/retention/rules/ENQUIRY")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"periodMonths\": 36}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.periodMonths").value(36))
        .andExpect(jsonPath("$.updatedBy").value(admin));
    mvc.perform(
            put("/api/retention/rules/ENQUIRY")
                .with(accounts.api(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"periodMonths\": 0}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            put("/api/retention/rules/ENQUIRY")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"periodMonths\": 12}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/retention/runs").with(accounts.api(officer)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/retention/rules").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(6));
    assertThat(audit.of("retention-rule", "ENQUIRY")).isNotEmpty();
  }

  @Test
  void theRulesPageShowsEachKindAndAnAdministratorChangesAPeriodThere() throws Exception {
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(get("/retention").with(accounts.page(accounts.create(Role.OFFICER))))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.containsString("Documents of rejected applications")));
    mvc.perform(
            post("/retention/rules/EVENT_REGISTRATION")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .with(accounts.page(admin))
                .param("periodMonths", "299"))
        .andExpect(status().is3xxRedirection());
    assertThat(SystemActor.call(rules::list))
        .anyMatch(r -> r.kind().equals("EVENT_REGISTRATION") && r.periodMonths() == 299);
    mvc.perform(
            get("/retention").with(accounts.page(accounts.applicantOf(fixtures.eligibleFactory()))))
        .andExpect(status().isForbidden());
  }

  private long enquiry(String email, String receivedOn) {
    return jdbc.sql(
            "insert into outreach_enquiry (channel, topic, name, company, email, phone, question,"
                + " status, received_at) values ('WEB', 'funding', 'Ms Chan', 'Keep Co Ltd', ?,"
                + " '+852 2788 0000', 'How much is funded?', 'ANSWERED', cast(? as timestamptz))"
                + " returning id")
        .params(email, receivedOn)
        .query(Long.class)
        .single();
  }

  private long accountRequest(String email, String status, String decidedOn) {
    return jdbc.sql(
            "insert into account_request (br_number, name_en, hk_owned, city, sector, address,"
                + " contact_person, contact_phone, contact_email, username, password_hash, status,"
                + " decided_at) values ('12345678', 'Keep Co Ltd', true, 'DONGGUAN', 'TEXTILES',"
                + " '1 Road', 'Mr Lee', '+86 769 0000', ?, ?, 'x', ?, cast(? as timestamptz))"
                + " returning id")
        .params(email, "req" + UUID.randomUUID().toString().substring(0, 8), status, decidedOn)
        .query(Long.class)
        .single();
  }

  private Map<String, Object> row(String sql, long id) {
    return jdbc.sql(sql).param(id).query().singleRow();
  }

  static String unique() {
    return "person-" + UUID.randomUUID() + "@example.com";
  }
}
