package org.cppp.committee;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CommitteePagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired org.cppp.application.HistoricalApplications history;

  @Test
  void everyCommitteePageOpensForEveryRoleInThreeLanguages() throws Exception {
    CommitteeSetup setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String ref = setup.ready();
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    SystemActor.run(() -> agendas.addMatter(meeting.id(), "Guidebooks", "Two in preparation"));
    List<String> users =
        List.of(
            accounts.create(Role.OFFICER),
            accounts.create(Role.EPD),
            committee.get(1).username(),
            accounts.create(Role.ADMIN));
    List<String> pages =
        List.of(
            "/committee",
            "/committee/meetings",
            "/committee/meetings/" + meeting.id(),
            "/committee/meetings/" + meeting.id() + "/items/" + item.id(),
            "/committee/members",
            "/committee/members/" + committee.get(0).id(),
            "/committee/associations",
            "/committee/circulations",
            "/dashboard");
    for (String user : users) {
      for (String lang : List.of("en", "zh-HK", "zh-CN")) {
        for (String page : pages) {
          mvc.perform(get(page).param("lang", lang).with(accounts.page(user)))
              .andExpect(status().isOk());
        }
      }
    }
    mvc.perform(
            get("/committee/meetings/" + meeting.id())
                .param("lang", "zh-HK")
                .with(accounts.page(users.get(0))))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("議程")));
  }

  @Test
  void outsidersAndApplicantsStayOut() throws Exception {
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(get("/committee").with(accounts.page(applicant))).andExpect(status().isForbidden());
    mvc.perform(get("/api/committee/meetings").with(accounts.api(applicant)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/committee/members")).andExpect(status().isUnauthorized());
    String member = accounts.create(Role.COMMITTEE);
    mvc.perform(
            post("/api/committee/meetings")
                .with(accounts.api(member))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"number\":\"X\",\"title\":\"X\",\"date\":\"2030-01-01\","
                        + "\"startTime\":\"10:00\",\"venue\":\"HKPC\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anOfficerSchedulesAMeetingAndBuildsItsAgendaOnThePages() throws Exception {
    String officer = accounts.create(Role.OFFICER);
    CommitteeSetup setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    String number = "PMC P-" + System.nanoTime();
    String location =
        mvc.perform(
                post("/committee/meetings")
                    .param("number", number)
                    .param("title", "Regular meeting")
                    .param("date", "2031-05-06")
                    .param("startTime", "14:30")
                    .param("venue", "HKPC Building")
                    .with(accounts.page(officer))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(
            post("/committee/meetings")
                .param("number", number)
                .param("title", "Again")
                .param("date", "2031-05-06")
                .param("startTime", "14:30")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
    String ref = setup.ready();
    String other = setup.ready();
    mvc.perform(
            post(location + "/items")
                .param("applicationRef", ref)
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(location + "/items")
                .param("applicationRef", other)
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    long meetingId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    List<AgendaItemView> items = SystemActor.call(() -> agendas.agenda(meetingId));
    mvc.perform(
            post(location + "/items/" + items.get(1).id() + "/move")
                .param("direction", "-1")
                .header("HX-Request", "true")
                .with(accounts.page(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"agenda\"")));
    List<AgendaItemView> moved = SystemActor.call(() -> agendas.agenda(meetingId));
    org.assertj.core.api.Assertions.assertThat(moved.get(0).applicationRef()).isEqualTo(other);
    mvc.perform(
            get(location + "/candidates")
                .param("scheme", "DEMONSTRATION_PROJECT")
                .header("HX-Request", "true")
                .with(accounts.page(officer)))
        .andExpect(status().isOk());
  }
}
