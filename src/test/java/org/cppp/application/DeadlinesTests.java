package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Scheme;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.platform.MailDispatcher;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CapturingMailer.Mail;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DeadlinesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired HistoricalApplications history;
  @Autowired FundingApplications applications;
  @Autowired Deadlines deadlines;
  @Autowired CapturingMailer mails;
  @Autowired MailDispatcher dispatcher;
  @Autowired AuditTrail audit;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A legacy application of the factory recorded in this status; its reference. */
  String recorded(String br, String provider, ApplicationStatus status, LocalDate submitted) {
    String reference = "T-" + UUID.randomUUID().toString().substring(0, 8);
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    reference,
                    Scheme.ON_SITE_ASSESSMENT,
                    br,
                    provider,
                    new BigDecimal("1000.00"),
                    submitted,
                    status,
                    status == ApplicationStatus.SUBMITTED ? null : submitted.plusMonths(1),
                    null,
                    "Deadline test")));
    return reference;
  }

  /** Runs the job's work as the system on a day, then sends what it wrote to the outbox. */
  void noticesOn(LocalDate day) {
    clock.setDate(day);
    SystemActor.call(deadlines::sendNotices);
    dispatcher.dispatchDue();
  }

  List<Mail> about(String address, String reference) {
    return mails.to(address).stream().filter(m -> m.body().contains(reference)).toList();
  }

  @Test
  void remindsAtThirtyAndSevenDaysOnceEachInTheRecipientsLanguageAndEscalatesOnce() {
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    String applicant = accounts.withEmailIn(Role.APPLICANT, br, Language.ZH_HK) + "@example.com";
    String staff = accounts.withEmail(Role.PROVIDER, null, provider) + "@example.com";
    String officer = accounts.withEmail(Role.OFFICER, null, null) + "@example.com";
    String ref = recorded(br, provider, ApplicationStatus.APPROVED, LocalDate.of(2010, 4, 12));
    LocalDate due = SystemActor.call(() -> applications.get(ref)).dueOn();

    noticesOn(due.minusDays(31));
    assertThat(about(applicant, ref)).as("not yet in the 30-day window").isEmpty();

    noticesOn(due.minusDays(30));
    noticesOn(due.minusDays(30));
    noticesOn(due.minusDays(20));
    assertThat(about(applicant, ref)).hasSize(1);
    assertThat(about(applicant, ref).get(0).subject()).contains("工作須於").contains(due.toString());
    assertThat(about(applicant, ref).get(0).body()).contains("尚餘 30 日");
    assertThat(about(staff, ref)).hasSize(1);
    assertThat(about(staff, ref).get(0).subject()).contains("work due by " + due);
    assertThat(about(officer, ref)).hasSize(1);
    assertThat(about(officer, ref).get(0).subject()).contains("within 30 days");

    noticesOn(due.minusDays(7));
    noticesOn(due.minusDays(7));
    noticesOn(due);
    assertThat(about(applicant, ref)).hasSize(2);
    assertThat(about(applicant, ref).get(1).body()).contains("尚餘 7 日");
    assertThat(about(staff, ref)).hasSize(2);
    assertThat(about(officer, ref)).hasSize(2);

    noticesOn(due.plusDays(1));
    noticesOn(due.plusDays(1));
    noticesOn(due.plusDays(5));
    List<Mail> officerMails = about(officer, ref);
    assertThat(officerMails).hasSize(3);
    assertThat(officerMails.get(2).subject()).contains("past the completion date");
    assertThat(about(applicant, ref)).as("escalation goes to officers only").hasSize(2);
    assertThat(SystemActor.call(() -> audit.of(FundingApplications.AUDIT_TYPE, ref)))
        .filteredOn(e -> e.action().equals("OVERDUE_ESCALATED"))
        .hasSize(1);
  }

  @Test
  void overdueWorkIsCountedAndPagedInTheDatabase() throws Exception {
    String br = fixtures.eligibleFactory();
    String ref = recorded(br, null, ApplicationStatus.APPROVED, LocalDate.of(2010, 4, 12));
    LocalDate due = SystemActor.call(() -> applications.get(ref)).dueOn();
    clock.setDate(due);
    long before = SystemActor.call(deadlines::countOverdue);
    clock.setDate(due.plusDays(3));
    String officer = accounts.create(Role.OFFICER);
    String json =
        mvc.perform(get("/api/deadlines/overdue?size=500").with(accounts.api(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> refs = JsonPath.read(json, "$.content[*].reference");
    List<Integer> days = JsonPath.read(json, "$.content[?(@.reference == '" + ref + "')].days");
    assertThat(refs).contains(ref);
    assertThat(days).containsExactly(3);
    assertThat(SystemActor.call(deadlines::countOverdue)).isGreaterThanOrEqualTo(before + 1);
    mvc.perform(get("/deadlines").with(accounts.page(officer)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString(ref)));
  }

  @Test
  void listsAndCountsTheApplicationsThatBreachOrNearTheScreeningServiceLevel() throws Exception {
    LocalDate today = LocalDate.of(2011, 3, 1);
    clock.setDate(today);
    ServiceLevelFigures before = screening();
    String br = fixtures.eligibleFactory();
    String breached = recorded(br, null, ApplicationStatus.SUBMITTED, today.minusDays(22));
    String near = recorded(br, null, ApplicationStatus.SUBMITTED, today.minusDays(17));
    String fresh = recorded(br, null, ApplicationStatus.SUBMITTED, today.minusDays(16));
    ServiceLevelFigures after = screening();
    assertThat(after.breached()).isEqualTo(before.breached() + 1);
    assertThat(after.near()).isEqualTo(before.near() + 1);
    assertThat(inStage("SCREENING", "BREACHED")).contains(breached).doesNotContain(near, fresh);
    assertThat(inStage("SCREENING", "NEAR")).contains(near).doesNotContain(breached, fresh);
  }

  @Test
  void theCommitteeStepCountsFromTheDayAnApplicationBecameReady() throws Exception {
    LocalDate ready = LocalDate.of(2011, 5, 3);
    String ref = readyForCommittee(ready);
    clock.setDate(ready.plusDays(45));
    assertThat(inStage("COMMITTEE", "NEAR")).contains(ref);
    assertThat(inStage("COMMITTEE", "BREACHED")).doesNotContain(ref);
    clock.setDate(ready.plusDays(46));
    assertThat(inStage("COMMITTEE", "BREACHED")).contains(ref);
  }

  @Test
  void onlyAdministratorsChangeTheScheduleAndOnlyStaffReadIt() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    String officer = accounts.create(Role.OFFICER);
    String admin = accounts.create(Role.ADMIN);
    mvc.perform(get("/api/deadlines/overdue").with(accounts.api(applicant)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/deadlines").with(accounts.page(applicant))).andExpect(status().isForbidden());
    mvc.perform(get("/api/deadlines/schedule").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.daysBefore == 30)]").exists());
    String step = "{\"deadline\":\"COMPLETION\",\"daysBefore\":14}";
    mvc.perform(json(post("/api/deadlines/schedule"), officer, step))
        .andExpect(status().isForbidden());
    mvc.perform(json(put("/api/deadlines/service-levels/SCREENING"), officer, "{}"))
        .andExpect(status().isForbidden());
    mvc.perform(json(post("/api/deadlines/schedule"), admin, step)).andExpect(status().isCreated());
    mvc.perform(json(post("/api/deadlines/schedule"), admin, step))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("daysBefore"));
    mvc.perform(delete("/api/deadlines/schedule/COMPLETION/14").with(accounts.api(admin)))
        .andExpect(status().isNoContent());
    mvc.perform(delete("/api/deadlines/schedule/COMPLETION/14").with(accounts.api(admin)))
        .andExpect(status().isNotFound());
    mvc.perform(
            json(
                put("/api/deadlines/service-levels/SCREENING"),
                admin,
                "{\"daysAllowed\":5,\"warningDays\":5}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("warningDays"));
    mvc.perform(
            json(
                put("/api/deadlines/service-levels/SCREENING"),
                admin,
                "{\"daysAllowed\":21,\"warningDays\":5}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.daysAllowed").value(21));
    assertThat(SystemActor.call(deadlines::schedule))
        .extracting(ReminderStep::daysBefore)
        .containsExactly(30, 7);
  }

  ServiceLevelFigures screening() {
    return SystemActor.call(deadlines::serviceLevelFigures).stream()
        .filter(f -> f.level().stage() == ServiceStage.SCREENING)
        .findFirst()
        .orElseThrow();
  }

  /** Every reference on the list, read page by page through the API. */
  List<String> inStage(String stage, String standing) throws Exception {
    String officer = accounts.create(Role.OFFICER);
    List<String> refs = new ArrayList<>();
    for (int page = 0; ; page++) {
      String json =
          mvc.perform(
                  get("/api/deadlines/service-levels/" + stage + "/" + standing)
                      .param("page", String.valueOf(page))
                      .param("size", "200")
                      .with(accounts.api(officer)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<String> content = JsonPath.read(json, "$.content[*].reference");
      refs.addAll(content);
      if (content.size() < 200) {
        return refs;
      }
    }
  }

  /** An on-site assessment submitted, screened and made ready for the committee on one day. */
  String readyForCommittee(LocalDate day) throws Exception {
    clock.setDate(day);
    String br = fixtures.eligibleFactory();
    String applicant = accounts.applicantOf(br);
    String body =
        """
        {"factoryBr":"%s","scheme":"ON_SITE_ASSESSMENT","providerCode":"%s","title":"Audit",
         "costItems":[{"description":"Assessment","amountHkd":"30000"}],
         "technology":"ENERGY_SAVING","expectedBenefits":"Less fuel"}
        """
            .formatted(br, fixtures.registeredProvider());
    String ref =
        JsonPath.read(
            mvc.perform(json(post("/api/applications"), applicant, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.reference");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                    "/api/applications/" + ref + "/documents")
                .file(
                    new org.springframework.mock.web.MockMultipartFile(
                        "file", "q.pdf", "application/pdf", ScreeningOverrideTests.PDF))
                .param("kind", "QUOTATION")
                .with(accounts.api(applicant)))
        .andExpect(status().isCreated());
    String officer = accounts.create(Role.OFFICER);
    mvc.perform(json(post("/api/applications/" + ref + "/submit"), applicant, "{}"))
        .andExpect(status().isOk());
    mvc.perform(json(post("/api/applications/" + ref + "/screen"), officer, "{}"))
        .andExpect(status().isOk());
    mvc.perform(
            json(post("/api/applications/" + ref + "/ready"), officer, "{\"note\":\"Screened\"}"))
        .andExpect(status().isOk());
    return ref;
  }

  org.springframework.test.web.servlet.RequestBuilder json(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String user,
      String body) {
    return request.with(accounts.api(user)).contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
