package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.StateConflict;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeetingDecisionTests {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;
  @Autowired org.cppp.application.HistoricalApplications history;
  @Autowired FundingApplications applications;
  @Autowired Budget budget;

  CommitteeSetup setup;
  String officer;

  @BeforeEach
  void setUp() {
    setup =
        new CommitteeSetup(
            mvc, accounts, fixtures, members, meetings, agendas, attendance, history);
    officer = accounts.create(Role.OFFICER);
  }

  String decide(MeetingView meeting, AgendaItemView item, String body, int expected)
      throws Exception {
    return mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/items/" + item.id() + "/decision")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  void declareInterest(MeetingView meeting, AgendaItemView item, MemberView member)
      throws Exception {
    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/items/" + item.id() + "/declaration")
                .with(accounts.api(member.username()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interest\":true,\"nature\":\"Director of the provider\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.interest").value(true));
  }

  @Test
  void aMeetingQuorateOverallMayLackQuorumForAnItemWithARecusal() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String refA = setup.ready();
    String refB = setup.ready();
    AgendaItemView a = SystemActor.call(() -> agendas.addApplication(meeting.id(), refA));
    AgendaItemView b = SystemActor.call(() -> agendas.addApplication(meeting.id(), refB));
    setup.attend(meeting, List.of(committee.get(0), committee.get(1), committee.get(2)));
    declareInterest(meeting, a, committee.get(1));
    SystemActor.run(() -> meetings.markHeld(meeting.id()));

    assertThat(SystemActor.call(() -> meetings.quorum(meeting.id())).quorate()).isTrue();
    mvc.perform(
            get("/api/committee/meetings/" + meeting.id() + "/items/" + a.id() + "/quorum")
                .with(accounts.api(officer)))
        .andExpect(jsonPath("$.quorate").value(false))
        .andExpect(jsonPath("$.counted").value(2));
    decide(meeting, a, "{\"outcome\":\"APPROVED\"}", 400);
    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/items/" + a.id() + "/decision")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"APPROVED\"}"))
        .andExpect(jsonPath("$.errors[0].field").value("quorum"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("quorum")));
    decide(meeting, b, "{\"outcome\":\"APPROVED\",\"note\":\"Report quarterly\"}", 200);

    assertThat(SystemActor.call(() -> applications.get(refA)).status())
        .isEqualTo(ApplicationStatus.READY_FOR_COMMITTEE);
    var decided = SystemActor.call(() -> applications.get(refB));
    assertThat(decided.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(decided.decidedOn()).isEqualTo(date);
  }

  @Test
  void aRecusedMemberCannotSeeTheItemsRestrictedMaterial() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String ref = setup.ready();
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    PaperView restricted =
        SystemActor.call(
            () ->
                agendas.uploadPaper(
                    meeting.id(), item.id(), "quote.pdf", CommitteeSetup.PDF, true));
    PaperView open =
        SystemActor.call(
            () ->
                agendas.uploadPaper(
                    meeting.id(), item.id(), "notes.pdf", CommitteeSetup.PDF, false));
    MemberView recused = committee.get(3);
    MemberView other = committee.get(4);
    String base = "/api/committee/meetings/" + meeting.id();
    mvc.perform(
            get(base + "/items/" + item.id() + "/summary").with(accounts.api(recused.username())))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.overrides.*.reason")
                .value(org.hamcrest.Matchers.hasItem("Checked against the paper file")));
    mvc.perform(
            get("/committee/meetings/" + meeting.id() + "/items/" + item.id())
                .with(accounts.page(other.username())))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString(": Checked against the paper file")));
    declareInterest(meeting, item, recused);

    mvc.perform(
            get(base + "/items/" + item.id() + "/summary").with(accounts.api(recused.username())))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/committee/meetings/" + meeting.id() + "/items/" + item.id())
                .with(accounts.page(recused.username())))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/committee/meetings/" + meeting.id() + "/papers/" + restricted.id())
                .with(accounts.page(recused.username())))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/committee/meetings/" + meeting.id() + "/papers/" + open.id())
                .with(accounts.page(recused.username())))
        .andExpect(status().isOk());
    mvc.perform(get(base + "/papers").with(accounts.api(recused.username())))
        .andExpect(jsonPath("$[*].filename").value(org.hamcrest.Matchers.contains("notes.pdf")));
    mvc.perform(get("/applications/" + ref).with(accounts.page(recused.username())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(recused.username())))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/applications/" + ref + "/documents").with(accounts.api(recused.username())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/applications/" + ref).with(accounts.api(other.username())))
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/applications/" + ref + "/approve")
                .with(accounts.api(recused.username()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decidedOn\":\"" + date + "\"}"))
        .andExpect(status().isForbidden());
    assertThat(SystemActor.call(() -> applications.get(ref)).status())
        .isEqualTo(ApplicationStatus.READY_FOR_COMMITTEE);
    mvc.perform(get(base + "/pack").with(accounts.api(recused.username())))
        .andExpect(jsonPath("$.items[0].withheld").value(true))
        .andExpect(jsonPath("$.items[0].application").doesNotExist());
    mvc.perform(
            get("/committee/meetings/" + meeting.id() + "/items/" + item.id())
                .with(accounts.page(other.username())))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(ref)));
    mvc.perform(
            post(base + "/items/" + item.id() + "/declaration")
                .with(accounts.api(recused.username()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interest\":false}"))
        .andExpect(status().isConflict());
  }

  @Test
  void theSystemProposesConflictsFromAssociationsAndLinks() throws Exception {
    LocalDate date = setup.freeDate();
    String br = fixtures.eligibleFactory();
    String provider = fixtures.registeredProvider();
    MemberView linked = setup.member(Position.MEMBER, "CMA", date, date, List.of(br));
    MemberView association = setup.member(Position.MEMBER, "FHKI", date, date, List.of());
    SystemActor.run(() -> members.addAssociation("FHKI", null, provider));
    MeetingView meeting = setup.meeting(date);
    String ref = setup.ready(br, "ON_SITE_ASSESSMENT", provider, "20000");
    SystemActor.run(() -> agendas.addApplication(meeting.id(), ref));
    mvc.perform(
            get("/api/committee/meetings/" + meeting.id() + "/conflicts")
                .with(accounts.api(linked.username())))
        .andExpect(jsonPath("$[0].reason").value("LINKED_FACTORY"))
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(
            get("/api/committee/meetings/" + meeting.id() + "/conflicts")
                .with(accounts.api(association.username())))
        .andExpect(jsonPath("$[0].reason").value("ASSOCIATION_PROVIDER"));
  }

  @Test
  void twoOfficersRecordingAtOnceCommitTheBudgetExactlyOnce() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String ref = setup.ready();
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    setup.attend(meeting, committee);
    SystemActor.run(() -> meetings.markHeld(meeting.id()));

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  SystemActor.call(
                      () ->
                          meetings.decide(
                              meeting.id(),
                              item.id(),
                              new DecisionInput(
                                  DecisionOutcome.APPROVED, null, "Quarterly reports")));
                  return "ok";
                } catch (StateConflict e) {
                  return e.messageKey();
                }
              }));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    pool.shutdown();
    assertThat(outcomes).containsExactlyInAnyOrder("ok", "committee.decision.already");
    var entries = SystemActor.call(() -> budget.entriesFor(ref));
    assertThat(entries).extracting(e -> e.kind()).containsExactly(EntryKind.COMMIT);
    assertThat(entries.get(0).amountHkd()).isEqualByComparingTo("50000.00");
    decide(meeting, item, "{\"outcome\":\"APPROVED\"}", 409);
  }

  @Test
  void anAmountAboveTheSharePropagatesAsAClearRefusal() throws Exception {
    LocalDate date = setup.freeDate();
    List<MemberView> committee = setup.committee(date);
    MeetingView meeting = setup.meeting(date);
    String ref = setup.ready();
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    setup.attend(meeting, committee);
    SystemActor.run(() -> meetings.markHeld(meeting.id()));
    mvc.perform(
            post("/api/committee/meetings/" + meeting.id() + "/items/" + item.id() + "/decision")
                .with(accounts.api(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"APPROVED\",\"approvedAmountHkd\":\"9999999.00\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("approvedAmount"));
    decide(meeting, item, "{\"outcome\":\"REJECTED\"}", 400);
    decide(meeting, item, "{\"outcome\":\"DEFERRED\",\"note\":\"Need a second quotation\"}", 200);
    assertThat(SystemActor.call(() -> applications.get(ref)).status())
        .isEqualTo(ApplicationStatus.DEFERRED);
    assertThat(SystemActor.call(() -> budget.entriesFor(ref))).isEmpty();
  }

  @Test
  void onlyPdfPapersAreAccepted() throws Exception {
    LocalDate date = setup.freeDate();
    MeetingView meeting = setup.meeting(date);
    AgendaItemView item =
        SystemActor.call(() -> agendas.addMatter(meeting.id(), "Programme progress", ""));
    mvc.perform(
            multipart("/committee/meetings/" + meeting.id() + "/items/" + item.id() + "/papers")
                .file(new MockMultipartFile("file", "x.exe", "application/pdf", new byte[] {1, 2}))
                .with(accounts.page(officer))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(Shown.failure("Papers must be PDF files."));
    assertThat(SystemActor.call(() -> agendas.papers(meeting.id()))).isEmpty();
  }
}
