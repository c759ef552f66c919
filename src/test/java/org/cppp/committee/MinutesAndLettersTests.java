package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cppp.application.DecisionOutcome;
import org.cppp.identity.NewUser;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.SystemActor;
import org.cppp.support.CapturingMailer;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MinutesAndLettersTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired org.cppp.application.HistoricalApplications history;
  @Autowired Users users;
  @Autowired CapturingMailer mail;
  @Autowired org.cppp.platform.PublicUrl publicUrl;

  CommitteeSetup setup;
  String officer;

  @BeforeEach
  void setUp() {
    setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    officer = accounts.create(Role.OFFICER);
  }

  @Test
  void minutesAreConfirmedAtALaterMeetingAndThenLocked() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView first = setup.meeting(date);
    String ref = setup.ready();
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(first.id(), ref));
    SystemActor.run(() -> agendas.addMatter(first.id(), "Progress of the programme", "Noted"));
    setup.attend(first, committee);
    SystemActor.run(() -> meetings.markHeld(first.id()));
    SystemActor.run(
        () ->
            meetings.decide(
                first.id(),
                item.id(),
                new DecisionInput(DecisionOutcome.REJECTED, null, "Not CP")));
    String api = "/api/committee/meetings/" + first.id();
    mvc.perform(post(api + "/minutes/draft").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("MINUTES_DRAFTED"))
        .andExpect(jsonPath("$.minutesText").value(org.hamcrest.Matchers.containsString("Not CP")));
    MemberView secretary = committee.get(5);
    mvc.perform(
            put(api + "/minutes")
                .with(accounts.api(secretary.username()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Minutes as amended by the secretary\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            put(api + "/minutes")
                .with(accounts.api(committee.get(1).username()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"A member rewrites history\"}"))
        .andExpect(status().isForbidden());

    MeetingView second = setup.meeting(date.plusDays(1));
    SystemActor.run(() -> agendas.addMinutesConfirmation(second.id(), first.id()));
    mvc.perform(
            post(api + "/minutes/confirm")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmingMeetingId\":" + second.id() + "}"))
        .andExpect(status().isConflict());
    SystemActor.run(() -> meetings.markHeld(second.id()));
    mvc.perform(
            post(api + "/minutes/confirm")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmingMeetingId\":" + second.id() + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("MINUTES_CONFIRMED"))
        .andExpect(jsonPath("$.minutesConfirmedBy").value(second.id()));

    mvc.perform(
            put(api + "/minutes")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Too late\"}"))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/committee/meetings/" + first.id() + "/minutes")
                .param("text", "Too late")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("can no longer change")));
    assertThat(SystemActor.call(() -> meetings.get(first.id())).minutesText())
        .isEqualTo("Minutes as amended by the secretary");
    byte[] pdf =
        mvc.perform(
                get("/committee/meetings/" + first.id() + "/minutes.pdf")
                    .with(accounts.page(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    save("minutes-en.pdf", pdf);
  }

  @Test
  void theApplicantGetsTheLetterAndNobodyElseOutsideTheProgramme() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String br = fixtures.eligibleFactory();
    String email = "owner-" + br + "@example.com";
    String applicant = "app" + br;
    SystemActor.run(
        () ->
            users.create(
                new NewUser(
                    applicant,
                    TestAccounts.PASSWORD,
                    "Owner",
                    email,
                    Set.of(Role.APPLICANT),
                    br,
                    null)));
    String ref = setup.ready(br, "DEMONSTRATION_PROJECT", fixtures.registeredProvider(), "300000");
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    setup.attend(meeting, committee);
    SystemActor.run(() -> meetings.markHeld(meeting.id()));
    SystemActor.run(
        () ->
            meetings.decide(
                meeting.id(),
                item.id(),
                new DecisionInput(DecisionOutcome.APPROVED, null, "Submit a progress report")));

    CapturingMailer.Mail sent = mail.await(email, "Committee decision on " + ref);
    assertThat(sent.body())
        .contains(publicUrl.link("/committee/letters/" + ref))
        .contains("Approved")
        .doesNotContain("批准");
    mvc.perform(get("/api/committee/letters/" + ref).with(accounts.api(applicant)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("APPROVED"))
        .andExpect(jsonPath("$.approvedAmountHkd").value("150000.00"))
        .andExpect(jsonPath("$.decidedBy").value(meeting.number()));
    mvc.perform(get("/committee/letters/" + ref).with(accounts.page(applicant)))
        .andExpect(status().isOk());
    for (String lang : List.of("en", "zh-HK", "zh-CN")) {
      byte[] pdf =
          mvc.perform(
                  get("/committee/letters/" + ref + "/letter.pdf")
                      .param("language", lang)
                      .with(accounts.page(applicant)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      save("letter-" + lang + ".pdf", pdf);
    }
    String stranger = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(get("/committee/letters/" + ref).with(accounts.page(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/committee/letters/" + ref).with(accounts.api(stranger)))
        .andExpect(status().isNotFound());
    String provider = accounts.staffOf(fixtures.registeredProvider());
    mvc.perform(get("/committee/letters/" + ref).with(accounts.page(provider)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/applications/" + ref).with(accounts.page(applicant)))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Submit a progress report")));
  }

  @Test
  void theMeetingPackIsOnePdfInTheReadersLanguage() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String a = setup.ready();
    String b = setup.ready();
    SystemActor.run(() -> agendas.addApplication(meeting.id(), a));
    SystemActor.run(() -> agendas.addApplication(meeting.id(), b));
    SystemActor.run(() -> agendas.addMatter(meeting.id(), "Guidebook progress", ""));
    for (String lang : List.of("en", "zh-HK", "zh-CN")) {
      byte[] pdf =
          mvc.perform(
                  get("/committee/meetings/" + meeting.id() + "/pack.pdf")
                      .param("language", lang)
                      .with(accounts.page(committee.get(1).username())))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
      save("pack-" + lang + ".pdf", pdf);
    }
  }

  private static void save(String name, byte[] pdf) throws Exception {
    Path dir = Path.of("target", "committee-pdfs");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), pdf);
  }
}
