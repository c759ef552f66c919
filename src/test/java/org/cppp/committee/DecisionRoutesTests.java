package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplications;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
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
 * Decisions outside the committee, tried through the applications API as the attacker: an officer
 * without an authority, a member alone, dates in the future or before submission, a delegated
 * authority stretched beyond its ceiling, schemes or period. And what a legal delegated decision
 * does: the application leaves open agendas, the decision is listed for noting, the budget is
 * committed once.
 */
@IntegrationTest
class DecisionRoutesTests {

  /** A demonstration project costing HK$100,000: government share HK$50,000. */
  static final String SHARE = "50000.00";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired HistoricalApplications history;
  @Autowired CommitteeAuthority committee;
  @Autowired java.time.Clock clock;
  @Autowired FundingApplications applications;
  @Autowired Budget budget;
  @Autowired AuditTrail audit;

  CommitteeSetup setup;
  String officer;
  String ref;
  LocalDate today;

  @BeforeEach
  void readyApplication() throws Exception {
    setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    officer = accounts.create(Role.OFFICER);
    ref = setup.ready();
    today = LocalDate.now(clock);
  }

  ResultActions approve(String user, LocalDate on, Long authority) throws Exception {
    return approve(user, "\"" + on + "\"", authority);
  }

  ResultActions approve(String user, String decidedOn, Long authority) throws Exception {
    String body =
        "{\"decidedOn\":"
            + decidedOn
            + ",\"note\":\"Report quarterly\""
            + (authority == null ? "" : ",\"delegatedAuthorityId\":" + authority)
            + "}";
    return mvc.perform(
        post("/api/applications/" + ref + "/approve")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  long demonstrationAuthority() {
    return committee.inForce("160000.00", Scheme.DEMONSTRATION_PROJECT).id();
  }

  void assertUndecidedAndNothingCommitted() {
    assertThat(SystemActor.call(() -> applications.get(ref)).status())
        .isEqualTo(ApplicationStatus.READY_FOR_COMMITTEE);
    assertThat(SystemActor.call(() -> budget.entriesFor(ref))).isEmpty();
  }

  @Test
  void anOfficerApprovingWithoutAnAuthorityIsToldOnlyTheCommitteeDecides() throws Exception {
    approve(officer, today, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("delegatedAuthorityId"))
        .andExpect(jsonPath("$.detail").value(containsString("recorded only by the committee")));
    approve(officer, today, 987654321L)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("delegatedAuthorityId"))
        .andExpect(jsonPath("$.detail").value(containsString("does not exist")));
    assertUndecidedAndNothingCommitted();
  }

  @Test
  void aCommitteeMemberAloneIsForbiddenEvenCitingAnAuthorityInForce() throws Exception {
    long authority = demonstrationAuthority();
    LocalDate sits = setup.freeDate();
    String member = setup.member(Position.MEMBER, "CMA", sits, sits, List.of()).username();
    approve(member, today, authority).andExpect(status().isForbidden());
    mvc.perform(
            post("/api/applications/" + ref + "/reject")
                .with(accounts.api(member))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decidedOn\":\"" + today + "\",\"note\":\"No\"}"))
        .andExpect(status().isForbidden());
    assertUndecidedAndNothingCommitted();
  }

  @Test
  void aDecisionDatedInTheFutureOrBeforeSubmissionNamesTheDateField() throws Exception {
    long authority = demonstrationAuthority();
    approve(officer, today.plusDays(1), authority)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
        .andExpect(jsonPath("$.detail").value(containsString("in the future")));
    approve(officer, CommitteeSetup.SUBMITTED_ON.minusDays(1), authority)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decidedOn"))
        .andExpect(jsonPath("$.detail").value(containsString("before the application was")))
        .andExpect(jsonPath("$.detail").value(containsString(CommitteeSetup.SUBMITTED_ON + "")));
    approve(officer, "null", authority)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
    approve(officer, "\"2011-02-30\"", authority)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
    assertUndecidedAndNothingCommitted();
  }

  ResultActions approveOnThePage(String user, LocalDate on, Long authority) throws Exception {
    var request =
        post("/applications/" + ref + "/decision")
            .param("outcome", "approve")
            .param("decidedOn", on.toString())
            .param("note", "Report quarterly")
            .param("lang", "en")
            .with(accounts.page(user))
            .with(csrf());
    if (authority != null) {
      request.param("delegatedAuthorityId", authority.toString());
    }
    return mvc.perform(request);
  }

  @Test
  void theDecisionPageRefusesWhatTheApiRefuses() throws Exception {
    long authority = demonstrationAuthority();
    approveOnThePage(officer, today, null)
        .andExpect(status().is3xxRedirection())
        .andExpect(Shown.failure(containsString("recorded only by the committee")));
    approveOnThePage(officer, today.plusDays(30), authority)
        .andExpect(Shown.failure(containsString("in the future")));
    approveOnThePage(officer, CommitteeSetup.SUBMITTED_ON.minusDays(1), authority)
        .andExpect(Shown.failure(containsString("before the application was")));
    String member = accounts.create(Role.COMMITTEE);
    approveOnThePage(member, today, authority).andExpect(status().isForbidden());
    assertUndecidedAndNothingCommitted();
    approveOnThePage(officer, today, authority)
        .andExpect(Shown.success("The approval was recorded and the budget committed."));
    assertThat(SystemActor.call(() -> budget.entriesFor(ref))).hasSize(1);
  }

  @Test
  void aDelegatedAuthorityIsRefusedBeyondItsCeilingSchemesAndPeriod() throws Exception {
    long tooSmall = committee.inForce("40000.00", Scheme.DEMONSTRATION_PROJECT).id();
    approve(officer, today, tooSmall)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("delegatedAuthorityId"))
        .andExpect(jsonPath("$.detail").value(containsString("up to HK$40000.00")))
        .andExpect(jsonPath("$.detail").value(containsString("HK$" + SHARE)));
    long otherScheme = committee.inForce("160000.00", Scheme.ON_SITE_ASSESSMENT).id();
    approve(officer, today, otherScheme)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("does not cover this scheme")));
    long expired =
        committee
            .resolved("160000.00", today.minusDays(1), true, Scheme.DEMONSTRATION_PROJECT)
            .id();
    approve(officer, today, expired)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("delegatedAuthorityId"))
        .andExpect(jsonPath("$.detail").value(containsString("not on " + today)));
    long unminuted =
        committee
            .resolved("160000.00", today.plusDays(30), false, Scheme.DEMONSTRATION_PROJECT)
            .id();
    approve(officer, today, unminuted)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("minutes of its meeting")));
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(officer)))
        .andExpect(jsonPath("$.status").value("READY_FOR_COMMITTEE"));
    assertUndecidedAndNothingCommitted();
  }

  @Test
  void aDelegatedApprovalWithdrawsTheApplicationFromAnOpenAgendaAudited() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> sitting = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    approve(officer, today, demonstrationAuthority())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"));

    AgendaItemView after = SystemActor.call(() -> agendas.item(meeting.id(), item.id()));
    assertThat(after.withdrawnAs()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(after.awaitsDecision()).isFalse();
    List<AuditEntry> trail =
        SystemActor.call(() -> audit.of(Meetings.AUDIT_TYPE, String.valueOf(meeting.id())));
    assertThat(trail)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("ITEM_WITHDRAWN");
              assertThat(e.changes()).containsEntry("application", ref);
              assertThat(e.changes()).containsEntry("status", "APPROVED");
            });

    setup.attend(meeting, sitting);
    SystemActor.run(() -> meetings.markHeld(meeting.id()));
    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/items/" + item.id() + "/decision")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"REJECTED\",\"note\":\"Too late\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("has left this agenda")));
    assertThat(SystemActor.call(() -> applications.get(ref)).status())
        .isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void aDelegatedDecisionIsListedForNotingAtTheNextOpenMeeting() throws Exception {
    setup.meeting(today.plusDays(1));
    long authority = demonstrationAuthority();
    approve(officer, today, authority).andExpect(status().isOk());

    MeetingView next =
        SystemActor.call(
            () ->
                meetings.upcoming().stream()
                    .filter(m -> m.status().agendaOpen())
                    .findFirst()
                    .orElseThrow());
    List<AgendaItemView> agenda = SystemActor.call(() -> agendas.agenda(next.id()));
    AgendaItemView noting =
        agenda.stream()
            .filter(i -> i.kind() == ItemKind.NOTING && ref.equals(i.applicationRef()))
            .findFirst()
            .orElseThrow();
    assertThat(noting.description()).startsWith("DA-" + authority + ", ");
    List<DelegatedDecisionView> listed = SystemActor.call(() -> meetings.forNoting(next.id()));
    assertThat(listed)
        .anySatisfy(
            d -> {
              assertThat(d.applicationRef()).isEqualTo(ref);
              assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVED);
              assertThat(d.governmentShareHkd()).isEqualByComparingTo(SHARE);
              assertThat(d.recordedBy()).isEqualTo(officer);
              assertThat(d.notingItemId()).isEqualTo(noting.id());
            });
    mvc.perform(get("/api/committee/meetings/" + next.id() + "/noting").with(accounts.api(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].applicationRef").value(hasItem(ref)));
    String applicant = accounts.applicantOf(fixtures.eligibleFactory());
    mvc.perform(
            get("/api/committee/meetings/" + next.id() + "/noting").with(accounts.api(applicant)))
        .andExpect(status().isForbidden());
  }

  @Test
  void twoOfficersApprovingAtOnceUnderAnAuthorityCommitTheBudgetExactlyOnce() throws Exception {
    long authority = demonstrationAuthority();
    String second = accounts.create(Role.OFFICER);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> results = new ArrayList<>();
    for (String user : List.of(officer, second)) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return approve(user, today, authority).andReturn().getResponse().getStatus();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> result : results) {
      statuses.add(result.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    approve(officer, today, authority).andExpect(status().isConflict());

    var entries = SystemActor.call(() -> budget.entriesFor(ref));
    assertThat(entries).extracting(e -> e.kind()).containsExactly(EntryKind.COMMIT);
    assertThat(entries.get(0).amountHkd()).isEqualByComparingTo(SHARE);
    List<AuditEntry> underAuthority =
        SystemActor.call(() -> audit.of(Delegations.AUDIT_TYPE, String.valueOf(authority))).stream()
            .filter(e -> e.action().equals("DECIDED_UNDER"))
            .toList();
    assertThat(underAuthority).hasSize(1);
    assertThat(underAuthority.get(0).changes()).containsEntry("application", ref);
  }
}
