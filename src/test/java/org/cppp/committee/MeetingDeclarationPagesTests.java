package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cppp.application.HistoricalApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The meeting page before and after the meeting (issue 9 point 16): a neutral quorum line until the
 * meeting is held, and declarations made as "no interest in any (other) item" after the exceptions.
 */
@IntegrationTest
class MeetingDeclarationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAgendas agendas;
  @Autowired MeetingAttendance attendance;
  @Autowired HistoricalApplications history;
  @Autowired AuditTrail audit;

  CommitteeSetup setup;
  List<MemberView> committee;
  MeetingView meeting;
  String officer;

  @BeforeEach
  void meetingWithOneApplication() {
    setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    LocalDate date = setup.freeDate();
    committee = setup.committee(date);
    meeting = setup.meeting(date);
    officer = accounts.create(Role.OFFICER);
  }

  ResultActions page(String user) throws Exception {
    return mvc.perform(
            get("/committee/meetings/" + meeting.id())
                .param("lang", "en")
                .with(accounts.page(user)))
        .andExpect(status().isOk());
  }

  AgendaItemView add(String ref) {
    return SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
  }

  @Test
  void beforeTheMeetingIsHeldTheQuorumLineIsNeutralNotARedNotQuorate() throws Exception {
    add(setup.ready());
    setup.attend(meeting, List.of(committee.get(1)));

    page(officer)
        .andExpect(content().string(containsString("id=\"quorum\" class=\"text-body-secondary\"")))
        .andExpect(content().string(containsString("Quorum needs")))
        .andExpect(content().string(containsString("Quorum for this item needs")))
        .andExpect(content().string(not(containsString("Not quorate"))))
        .andExpect(content().string(not(containsString("id=\"quorum\" class=\"text-danger\""))));
    page(committee.get(2).username())
        .andExpect(content().string(not(containsString("Not quorate"))));

    SystemActor.run(() -> meetings.markHeld(meeting.id()));
    page(officer)
        .andExpect(content().string(containsString("id=\"quorum\" class=\"text-danger\"")))
        .andExpect(content().string(containsString("Not quorate")))
        .andExpect(content().string(not(containsString("Quorum needs"))));
  }

  @Test
  void aCancelledMeetingsPageOffersNoDeclarationPaperOrAttendanceFormTheFacadeWouldRefuse()
      throws Exception {
    AgendaItemView item = add(setup.ready());
    String base = "/committee/meetings/" + meeting.id();
    page(committee.get(3).username())
        .andExpect(content().string(containsString(base + "/declarations/none")))
        .andExpect(content().string(containsString(base + "/items/" + item.id() + "/declaration")));
    page(officer)
        .andExpect(content().string(containsString(base + "/items/" + item.id() + "/papers")))
        .andExpect(content().string(containsString(base + "/attendance")));

    SystemActor.run(() -> meetings.cancel(meeting.id()));
    page(committee.get(3).username())
        .andExpect(content().string(not(containsString(base + "/declarations/none"))))
        .andExpect(
            content().string(not(containsString(base + "/items/" + item.id() + "/declaration"))));
    page(officer)
        .andExpect(content().string(not(containsString(base + "/items/" + item.id() + "/papers"))))
        .andExpect(content().string(not(containsString(base + "/attendance"))));
  }

  @Test
  void noInterestInAnyOtherItemDeclaresTheRestInOnePostKeepingTheException() throws Exception {
    AgendaItemView interested = add(setup.ready());
    AgendaItemView second = add(setup.ready());
    AgendaItemView third = add(setup.ready());
    AgendaItemView matter =
        SystemActor.call(() -> agendas.addMatter(meeting.id(), "Guidebooks", "In preparation"));
    MemberView member = committee.get(3);
    String base = "/committee/meetings/" + meeting.id();

    page(member.username())
        .andExpect(content().string(containsString("3 item(s) to declare on")))
        .andExpect(content().string(containsString("No interest in any item")));
    mvc.perform(
            post(base + "/items/" + interested.id() + "/declaration")
                .param("interest", "true")
                .param("nature", "Director of the provider")
                .with(accounts.page(member.username()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(Shown.success("Your declaration is recorded."));
    page(member.username())
        .andExpect(content().string(containsString("2 item(s) to declare on")))
        .andExpect(content().string(containsString("No interest in any other item")));

    mvc.perform(
            post(base + "/declarations/none").with(accounts.page(member.username())).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            Shown.success("Your declarations are recorded: no interest in the remaining items."));

    Map<Long, DeclarationView> mine = declarationsOf(member);
    assertThat(mine).containsOnlyKeys(interested.id(), second.id(), third.id());
    assertThat(mine.get(interested.id()).interest()).isTrue();
    assertThat(mine.get(interested.id()).nature()).isEqualTo("Director of the provider");
    assertThat(mine.get(second.id()).interest()).isFalse();
    assertThat(mine.get(third.id()).interest()).isFalse();
    assertThat(mine).doesNotContainKey(matter.id());
    assertThat(SystemActor.call(() -> audit.of(Meetings.AUDIT_TYPE, "" + meeting.id())))
        .filteredOn(e -> e.action().equals("DECLARED_NO_INTEREST"))
        .hasSize(1);
    page(member.username())
        .andExpect(content().string(not(containsString("id=\"declare-none\""))))
        .andExpect(content().string(containsString("id=\"declared-" + second.id() + "\"")));

    mvc.perform(
            post(base + "/declarations/none").with(accounts.page(member.username())).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(declarationsOf(member).get(interested.id()).interest()).isTrue();
    assertThat(declarationsOf(committee.get(4))).isEmpty();
  }

  @Test
  void aMemberNotSittingAtTheMeetingCannotDeclareForIt() throws Exception {
    add(setup.ready());
    String outsider = accounts.create(Role.COMMITTEE);
    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/declarations/none")
                .with(accounts.api(outsider)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("member"));
    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/declarations/none")
                .with(accounts.api(officer)))
        .andExpect(status().isForbidden());
    assertThat(SystemActor.call(() -> attendance.declarations(meeting.id()))).isEmpty();
  }

  private Map<Long, DeclarationView> declarationsOf(MemberView member) {
    return SystemActor.call(() -> attendance.declarations(meeting.id())).stream()
        .filter(d -> d.memberId() == member.id())
        .collect(Collectors.toMap(DeclarationView::itemId, Function.identity()));
  }
}
