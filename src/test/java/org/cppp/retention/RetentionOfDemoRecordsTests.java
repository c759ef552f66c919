package org.cppp.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cppp.platform.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On the demo programme (the seed paper's 2011/12 figures, demo/SeedFigures), a retention run that
 * anonymises the 2011/12 year's personal records leaves every figure of the progress report as it
 * was. Shares the demo context of DemoProgrammeTests.
 */
@SpringBootTest(properties = "cppp.demo=true")
@AutoConfigureMockMvc
class RetentionOfDemoRecordsTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RetentionRuns runs;

  @Test
  void theProgressReportFor2011And12IsIdenticalBeforeAndAfterAnonymisingItsRecords()
      throws Exception {
    addPersonalRecordsOf2011();
    String csvBefore = report("/api/reports/progress.csv");
    String before = report("/api/reports/progress");

    Map<String, Integer> done = SystemActor.call(runs::anonymiseDue);

    assertThat(done.get("ENQUIRY")).isPositive();
    assertThat(done.get("EVENT_REGISTRATION")).isPositive();
    assertThat(done.get("REJECTED_APPLICATION_DOCUMENT")).isPositive();
    assertThat(done.get("AUDIT_PERSONAL_FIELDS")).isPositive();
    assertThat(
            jdbc.sql("select count(*) from outreach_enquiry where email = 'chan@example.com'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(report("/api/reports/progress")).isEqualTo(before);
    assertThat(report("/api/reports/progress.csv")).isEqualTo(csvBefore);
  }

  private void addPersonalRecordsOf2011() {
    jdbc.sql(
            "insert into outreach_enquiry (channel, topic, name, company, email, phone, question,"
                + " status, received_at, answered_at) values ('EMAIL', 'funding', 'Ms Chan',"
                + " 'Demo Co', 'chan@example.com', '+852 2788 0000', 'How much is funded?',"
                + " 'CLOSED', '2011-06-01 10:00+08', '2011-06-02 10:00+08')")
        .update();
    jdbc.sql(
            "insert into outreach_registration (activity_id, name, company, email, phone,"
                + " status, token, registered_at) select id, 'Mr Lee', 'Demo Co',"
                + " 'lee@example.com', '+86 769 0000', 'CANCELLED', md5(random()::text),"
                + " '2011-07-01 10:00+08' from outreach_activity where held_on"
                + " between '2011-04-01' and '2012-03-31' order by id limit 1")
        .update();
    jdbc.sql(
            "insert into application_document (application_id, kind, filename, content_type,"
                + " size_bytes, sha256, content, uploaded_by, uploaded_at) select id,"
                + " 'QUOTATION', 'quote.pdf', 'application/pdf', 4, repeat('0', 64),"
                + " cast('%PDF' as bytea), 'applicant', '2011-05-01' from funding_application"
                + " where status = 'REJECTED' and decided_on < '2012-04-01' order by id limit 3")
        .update();
    jdbc.sql(
            "insert into audit_event (occurred_at, actor, subject_type, subject_id, action,"
                + " changes) values ('2011-06-02', 'officer', 'enquiry', '1', 'ANSWERED',"
                + " '{\"email\": \"chan@example.com\"}')")
        .update();
  }

  private String report(String path) throws Exception {
    return mvc.perform(get(path).param("year", "2011").with(httpBasic("officer", "demo-password")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
