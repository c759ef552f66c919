package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplications;
import org.cppp.funding.Budget;
import org.cppp.funding.Scheme;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 9.2, the routes {@link DecisionRoutesTests} leaves: an officer trying the workflow actions,
 * the bulk form, a rejection or a deferral without an authority; a lone committee member at a
 * meeting's decision or a circulation; a meeting not held, not yet due, or dated before the
 * submission. And an application decided by a meeting, a circulation or a delegated authority on
 * the page leaves every open agenda.
 */
@IntegrationTest
class DecisionsOnlyByTheCommitteeTests {

  @Autowired MockMvc mvc;
  @Autowired java.time.Clock clock;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired HistoricalApplications history;
  @Autowired CommitteeAuthority committee;
  @Autowired FundingApplications applications;
  @Autowired Budget budget;

  CommitteeSetup setup;
  String officer;
  String ref;

  @BeforeEach
  void readyApplication() throws Exception {
    setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    officer = accounts.create(Role.OFFICER);
    ref = setup.ready();
  }

  void assertUndecided() {
    assertThat(SystemActor.call(() -> applications.get(ref)).status())
        .isEqualTo(ApplicationStatus.READY_FOR_COMMITTEE);
    assertThat(SystemActor.call(() -> budget.entriesFor(ref))).isEmpty();
  }

  ResultActions onThePage(String user, String path, String... params) throws Exception {
    var request = post(path).with(accounts.page(user)).with(csrf()).param("lang", "en");
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  ResultActions json(String user, String path, String body) throws Exception {
    return mvc.perform(
        post(path).with(accounts.api(user)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void anOfficerCannotDecideThroughTheActionsTheBulkFormOrARejectionOrDeferralWithoutAuthority()
      throws Exception {
    String today = java.time.LocalDate.now(clock).toString();
    for (String outcome : List.of("reject", "defer")) {
      json(
              officer,
              "/api/applications/" + ref + "/" + outcome,
              "{\"decidedOn\":\"" + today + "\",\"note\":\"Not now\"}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("delegatedAuthorityId"));
    }
    for (String action : List.of("approve", "reject", "defer")) {
      onThePage(officer, "/applications/" + ref + "/actions/" + action, "note", "Agreed")
          .andExpect(status().is3xxRedirection())
          .andExpect(Shown.failure("Approvals, rejections and deferrals are committee decisions."));
      onThePage(officer, "/applications/bulk", "refs", ref, "action", action)
          .andExpect(status().is3xxRedirection())
          .andExpect(Shown.failure("Unknown action."));
    }
    assertUndecided();
  }

  @Test
  void aLoneCommitteeMemberCannotRecordAMeetingsDecisionNorCirculateOrCloseOne() throws Exception {
    LocalDate date = setup.freeDate();
    AgendaItemView item = setup.heldItem(ref, date);
    String member =
        SystemActor.call(() -> members.sittingOn(date)).stream()
            .filter(m -> m.position() == Position.MEMBER)
            .findFirst()
            .orElseThrow()
            .username();
    String decision = CommitteeSetup.decisionPath(item);

    json(member, decision, "{\"outcome\":\"APPROVED\",\"note\":\"Fine\"}")
        .andExpect(status().isForbidden());
    onThePage(member, decision.substring("/api".length()), "outcome", "APPROVED", "note", "Fine")
        .andExpect(status().isForbidden());
    json(
            member,
            "/api/committee/circulations",
            "{\"applicationRef\":\""
                + ref
                + "\",\"deadline\":\""
                + java.time.LocalDate.now(clock)
                + "\"}")
        .andExpect(status().isForbidden());
    onThePage(
            member,
            "/committee/circulations",
            "applicationRef",
            ref,
            "deadline",
            java.time.LocalDate.now(clock).toString())
        .andExpect(status().isForbidden());
    assertThat(SystemActor.call(() -> agendas.item(item.meetingId(), item.id())).decided())
        .isFalse();
    assertUndecided();
  }

  @Test
  void aMeetingNotHeldNotYetDueOrDatedBeforeTheSubmissionRecordsNoDecision() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> sitting = setup.committee(date);
    MeetingView scheduled = setup.meeting(date);
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(scheduled.id(), ref));
    setup.attend(scheduled, sitting);
    String path = "/api/committee/meetings/" + scheduled.id() + "/items/" + item.id() + "/decision";
    json(officer, path, "{\"outcome\":\"APPROVED\",\"note\":\"Fine\"}")
        .andExpect(status().isConflict());

    MeetingView future = setup.meeting(java.time.LocalDate.now(clock).plusDays(7));
    mvc.perform(
            post("/api/committee/meetings/" + future.id() + "/held").with(accounts.api(officer)))
        .andExpect(status().isConflict());

    String other = setup.ready();
    AgendaItemView oldItem = setup.heldItem(other, CommitteeSetup.SUBMITTED_ON.minusDays(10));
    json(
            officer,
            CommitteeSetup.decisionPath(oldItem),
            "{\"outcome\":\"APPROVED\",\"note\":\"Fine\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
        .andExpect(jsonPath("$.detail").value(containsString("before the application was")));
    assertThat(SystemActor.call(() -> agendas.item(oldItem.meetingId(), oldItem.id())).decided())
        .isFalse();
    assertThat(SystemActor.call(() -> applications.get(other)).status())
        .isEqualTo(ApplicationStatus.READY_FOR_COMMITTEE);
    assertUndecided();
  }

  @Test
  void anApplicationStandsOnOneAgendaUntilDecidedSoAHeldMeetingsDecisionLeavesNoOther()
      throws Exception {
    AgendaItemView item = setup.heldItem(ref, setup.freeDate());
    MeetingView next = setup.meeting(java.time.LocalDate.now(clock).plusDays(14));
    String agenda = "/api/committee/meetings/" + next.id() + "/items";
    json(officer, agenda, "{\"applicationRef\":\"" + ref + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("applicationRef"));

    json(
            officer,
            CommitteeSetup.decisionPath(item),
            "{\"outcome\":\"DEFERRED\",\"note\":\"A second quotation\"}")
        .andExpect(status().isOk());
    assertThat(SystemActor.call(() -> applications.get(ref)).status())
        .isEqualTo(ApplicationStatus.DEFERRED);
    assertThat(SystemActor.call(() -> agendas.agenda(next.id())))
        .noneMatch(i -> ref.equals(i.applicationRef()));
  }

  @Test
  void aDelegatedApprovalOnTheDecisionPageWithdrawsTheApplicationFromAnOpenAgenda()
      throws Exception {
    MeetingView next = setup.meeting(java.time.LocalDate.now(clock).plusDays(14));
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(next.id(), ref));
    long authority = committee.inForce("160000.00", Scheme.DEMONSTRATION_PROJECT).id();

    onThePage(
            officer,
            "/applications/" + ref + "/decision",
            "outcome",
            "approve",
            "decidedOn",
            java.time.LocalDate.now(clock).toString(),
            "delegatedAuthorityId",
            String.valueOf(authority))
        .andExpect(Shown.success("The approval was recorded and the budget committed."));

    assertThat(SystemActor.call(() -> agendas.item(next.id(), item.id())).withdrawnAs())
        .isEqualTo(ApplicationStatus.APPROVED);
    assertThat(SystemActor.call(() -> agendas.agenda(next.id())))
        .anySatisfy(
            i -> {
              assertThat(i.kind()).isEqualTo(ItemKind.NOTING);
              assertThat(i.applicationRef()).isEqualTo(ref);
            });
  }

  @Test
  void aClosedCirculationsDecisionWithdrawsTheApplicationFromAnOpenAgenda() throws Exception {
    LocalDate today = java.time.LocalDate.now(clock);
    List<MemberView> today3 =
        List.of(
            setup.member(Position.CHAIR, "EPD", today, today, List.of()),
            setup.member(Position.MEMBER, "FHKI", today, today, List.of()),
            setup.member(Position.MEMBER, "CMA", today, today, List.of()));
    try {
      MeetingView next = setup.meeting(today.plusDays(14));
      AgendaItemView item = SystemActor.call(() -> agendas.addApplication(next.id(), ref));
      String created =
          json(
                  officer,
                  "/api/committee/circulations",
                  "{\"applicationRef\":\"" + ref + "\",\"deadline\":\"" + today + "\"}")
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      long id = ((Number) JsonPath.read(created, "$.id")).longValue();
      // every voting member sitting today votes (other tests may have appointed some for today)
      for (MemberView member : SystemActor.call(() -> members.sittingOn(today))) {
        if (member.position().votes()) {
          json(member.username(), "/api/committee/circulations/" + id + "/votes", approve())
              .andExpect(status().isOk());
        }
      }
      mvc.perform(post("/api/committee/circulations/" + id + "/close").with(accounts.api(officer)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.status").value("DECIDED"));

      assertThat(SystemActor.call(() -> applications.get(ref)).status())
          .isEqualTo(ApplicationStatus.APPROVED);
      assertThat(SystemActor.call(() -> agendas.item(next.id(), item.id())).withdrawnAs())
          .isEqualTo(ApplicationStatus.APPROVED);
    } finally {
      retire(today3);
    }
  }

  /** Moves these members' terms to a past day, so no later circulation waits for their votes. */
  private void retire(List<MemberView> sitting) {
    for (MemberView member : sitting) {
      LocalDate past = CommitteeSetup.uniqueDate();
      SystemActor.run(
          () ->
              members.update(
                  member.id(),
                  new NewMember(
                      member.username(),
                      member.organisationCode(),
                      member.position(),
                      past,
                      past,
                      List.of(),
                      List.of())));
    }
  }

  private static String approve() {
    return "{\"vote\":\"APPROVE\",\"comment\":\"Sound\"}";
  }
}
