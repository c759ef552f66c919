package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.application.DeliveryJourney.Work;
import org.cppp.committee.AttendanceStatus;
import org.cppp.committee.CommitteeMembers;
import org.cppp.committee.DelegatedDecisionView;
import org.cppp.committee.MeetingAgendas;
import org.cppp.committee.MeetingAttendance;
import org.cppp.committee.MeetingView;
import org.cppp.committee.Meetings;
import org.cppp.committee.MemberView;
import org.cppp.committee.NewMeeting;
import org.cppp.committee.NewMember;
import org.cppp.committee.Position;
import org.cppp.funding.Budget;
import org.cppp.funding.EntryKind;
import org.cppp.funding.Scheme;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.StateConflict;
import org.cppp.support.CapturingMailer;
import org.cppp.support.CommitteeAuthority;
import org.cppp.support.Fixtures;
import org.cppp.support.IntegrationTest;
import org.cppp.support.Shown;
import org.cppp.support.TestAccounts;
import org.cppp.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A variation request beyond the officers' delegated authority decided at a committee meeting,
 * through the API: officers put it on the agenda as an item of its own, the held, quorate meeting
 * decides it, and the decision changes the application through the variation's guarded path (the
 * budget's check for a cost) and mails the factory the variation's outcome in its language.
 */
@IntegrationTest
class MeetingVariationApiTests {

  /**
   * Each test's committee sits on a day of its own, after the days other variation tests use and
   * after the delegated authorities their journeys resolve (in force 30 days) have lapsed.
   */
  static final AtomicInteger DAYS_AHEAD =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(31, 46));

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired CommitteeAuthority committee;
  @Autowired TestClock clock;
  @Autowired Budget budget;
  @Autowired FundingApplications applications;
  @Autowired ApplicationVariations variations;
  @Autowired CapturingMailer mail;
  @Autowired CommitteeMembers members;
  @Autowired Meetings meetings;
  @Autowired MeetingAttendance attendance;
  @Autowired MeetingAgendas agendas;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** An approved application; the clock then moves to a day this test's committee sits on alone. */
  Work approvedThenSitting() throws Exception {
    Work work =
        new DeliveryJourney(mvc, accounts, fixtures, committee, clock)
            .started(Scheme.DEMONSTRATION_PROJECT, fixtures.registeredProvider());
    clock.setDate(clock.today().plusDays(DAYS_AHEAD.getAndIncrement()));
    return work;
  }

  long asked(Work work, String body) throws Exception {
    String json =
        mvc.perform(
                post("/api/applications/" + work.ref() + "/variations")
                    .with(accounts.api(work.applicant()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  MeetingView meetingToday() {
    return SystemActor.call(
        () ->
            meetings.schedule(
                new NewMeeting(
                    "PMC V-" + UUID.randomUUID().toString().substring(0, 8),
                    "Variations",
                    clock.today(),
                    LocalTime.of(10, 0),
                    "HKPC Building",
                    null,
                    null)));
  }

  ResultActions addItem(String user, MeetingView meeting, Work work, long variationId)
      throws Exception {
    return mvc.perform(
        post("/api/committee/meetings/" + meeting.id() + "/items")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"applicationRef\":\"%s\",\"variationId\":%d}"
                    .formatted(work.ref(), variationId)));
  }

  long added(Work work, MeetingView meeting, long variationId) throws Exception {
    String json =
        addItem(work.officer(), meeting, work, variationId)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("VARIATION"))
            .andExpect(jsonPath("$.variationId").value(variationId))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  /** Holds the meeting with a chair and two members present (quorate). */
  void held(MeetingView meeting) {
    LocalDate on = meeting.date();
    List<MemberView> present =
        List.of(
            member(Position.CHAIR, "EPD", on),
            member(Position.MEMBER, "HKGCC", on),
            member(Position.MEMBER, "FHKI", on));
    SystemActor.run(
        () -> {
          meetings.markHeld(meeting.id());
          present.forEach(
              m -> attendance.recordAttendance(meeting.id(), m.id(), AttendanceStatus.PRESENT));
        });
  }

  ResultActions decide(String user, MeetingView meeting, long itemId, String body)
      throws Exception {
    return mvc.perform(
        post("/api/committee/meetings/" + meeting.id() + "/items/" + itemId + "/decision")
            .with(accounts.api(user))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void anExtensionOnTheAgendaIsDecidedByTheMeetingMovesTheDueDateAndTellsTheFactoryInItsLanguage()
      throws Exception {
    Work work = approvedThenSitting();
    String chinese = accounts.withEmailIn(Role.APPLICANT, work.factoryBr(), Language.ZH_HK);
    LocalDate due = application(work.ref()).dueOn();
    LocalDate later = due.plusMonths(6);
    long id =
        asked(
            work,
            "{\"kind\":\"EXTENSION\",\"reason\":\"Late delivery\",\"newDueOn\":\"" + later + "\"}");
    MeetingView meeting = meetingToday();

    addItem(work.applicant(), meeting, work, id).andExpect(status().isForbidden());
    long item = added(work, meeting, id);
    addItem(work.officer(), meeting, work, id).andExpect(status().isBadRequest());
    held(meeting);

    String member = member(Position.MEMBER, "CMA", meeting.date()).username();
    decide(member, meeting, item, "{\"outcome\":\"APPROVED\"}").andExpect(status().isForbidden());
    decide(work.officer(), meeting, item, "{\"outcome\":\"APPROVED\",\"note\":\"Last extension\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("APPROVED"));

    assertThat(application(work.ref()).dueOn()).isEqualTo(later);
    VariationView decided = SystemActor.call(() -> variations.get(work.ref(), id));
    assertThat(decided.status()).isEqualTo(VariationStatus.APPROVED);
    assertThat(decided.citation()).startsWith(meeting.number());
    assertThat(mail.await(work.applicant() + "@example.com", "variation approved").body())
        .contains(work.ref());
    assertThat(mail.await(chinese + "@example.com", "更改已獲批准").body()).contains(work.ref());
    assertThat(mail.to(work.applicant() + "@example.com"))
        .noneMatch(m -> m.subject().startsWith("Committee decision on"));
    decide(work.officer(), meeting, item, "{\"outcome\":\"APPROVED\"}")
        .andExpect(status().isConflict());
  }

  @Test
  void aCostIncreaseTheBudgetCannotCoverRollsTheMeetingsDecisionBackAndOnceCoveredIsCommitted()
      throws Exception {
    Work work = approvedThenSitting();
    long id =
        asked(
            work, "{\"kind\":\"COST\",\"reason\":\"Steel prices\",\"newTotalCostHkd\":\"310000\"}");
    MeetingView meeting = meetingToday();
    long item = added(work, meeting, id);
    held(meeting);

    String filler = leaveAvailable("4999.99");
    try {
      decide(work.officer(), meeting, item, "{\"outcome\":\"APPROVED\"}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("amountHkd"));
    } finally {
      release(filler);
    }
    mvc.perform(
            get("/api/committee/meetings/" + meeting.id() + "/items")
                .with(accounts.api(work.officer())))
        .andExpect(jsonPath("$[?(@.id == " + item + ")].decision").value(nullList()));
    assertThat(SystemActor.call(() -> variations.get(work.ref(), id)).status())
        .isEqualTo(VariationStatus.REQUESTED);
    assertThat(SystemActor.call(() -> budget.entriesFor(work.ref()))).hasSize(1);

    decide(work.officer(), meeting, item, "{\"outcome\":\"APPROVED\",\"approvedAmountHkd\":1}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("approvedAmountHkd"));
    decide(work.officer(), meeting, item, "{\"outcome\":\"APPROVED\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.approvedAmountHkd").value(155000.00));
    assertThat(application(work.ref()).approvedAmountHkd()).isEqualByComparingTo("155000.00");
    var ledger = SystemActor.call(() -> budget.entriesFor(work.ref()));
    assertThat(ledger)
        .extracting(e -> e.kind())
        .containsExactly(EntryKind.COMMIT, EntryKind.COMMIT);
    assertThat(ledger.get(1).amountHkd()).isEqualByComparingTo("5000.00");
  }

  @Test
  void aMeetingItemsDecisionAuthorisesItsOwnVariationOnly() throws Exception {
    Work work = approvedThenSitting();
    long scope = asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"Wider\",\"newScope\":\"All\"}");
    LocalDate later = application(work.ref()).dueOn().plusMonths(2);
    long time =
        asked(work, "{\"kind\":\"EXTENSION\",\"reason\":\"Late\",\"newDueOn\":\"" + later + "\"}");
    MeetingView meeting = meetingToday();
    long item = added(work, meeting, scope);
    held(meeting);
    decide(work.officer(), meeting, item, "{\"outcome\":\"APPROVED\"}").andExpect(status().isOk());

    var other =
        new VariationDecision(
            DecisionOutcome.APPROVED, clock.today(), "", DecisionAuthority.meetingItem(item));
    assertThatThrownBy(() -> SystemActor.call(() -> variations.decide(work.ref(), time, other)))
        .isInstanceOf(StateConflict.class);
    assertThat(SystemActor.call(() -> variations.get(work.ref(), time)).status())
        .isEqualTo(VariationStatus.REQUESTED);
    assertThat(SystemActor.call(() -> variations.get(work.ref(), scope)).status())
        .isEqualTo(VariationStatus.APPROVED);
  }

  @Test
  void aVariationDecidedUnderDelegatedAuthorityLeavesTheAgendaItWasWaitingOn() throws Exception {
    Work work = approvedThenSitting();
    long scope = asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"Wider\",\"newScope\":\"All\"}");
    MeetingView meeting = meetingToday();
    long item = added(work, meeting, scope);
    // in force today only, so the later days of the other tests stay the committee's business
    long da =
        committee.resolved("500000.00", clock.today(), true, Scheme.DEMONSTRATION_PROJECT).id();
    addItem(work.officer(), meetingToday(), work, scope)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("variationId"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Variation request V-"
                        + scope
                        + " is within a delegated authority in force: an officer decides it, not"
                        + " the committee."));

    SystemActor.run(
        () ->
            variations.decide(
                work.ref(),
                scope,
                new VariationDecision(
                    DecisionOutcome.APPROVED,
                    clock.today(),
                    null,
                    DecisionAuthority.delegated(da))));

    var left =
        SystemActor.call(() -> agendas.agenda(meeting.id())).stream()
            .filter(i -> i.id() == item)
            .findFirst()
            .orElseThrow();
    assertThat(left.withdrawnAs()).isEqualTo(ApplicationStatus.APPROVED);
    held(meeting);
    decide(work.officer(), meeting, item, "{\"outcome\":\"REJECTED\",\"note\":\"No\"}")
        .andExpect(status().isConflict());
    assertThat(SystemActor.call(() -> variations.get(work.ref(), scope)).status())
        .isEqualTo(VariationStatus.APPROVED);
  }

  @Test
  void twoVariationsDecidedUnderDelegatedAuthorityAreNotedUnderTheApplicationsOneItem()
      throws Exception {
    Work work = approvedThenSitting();
    MeetingView meeting = meetingToday();
    // in force today only, so the later days of the other tests stay the committee's business
    long da =
        committee.resolved("500000.00", clock.today(), true, Scheme.DEMONSTRATION_PROJECT).id();
    for (String scope : List.of("All", "Everything")) {
      long id =
          asked(
              work,
              "{\"kind\":\"SCOPE\",\"reason\":\"Wider\",\"newScope\":\"%s\"}".formatted(scope));
      SystemActor.run(
          () ->
              variations.decide(
                  work.ref(),
                  id,
                  new VariationDecision(
                      DecisionOutcome.APPROVED,
                      clock.today(),
                      null,
                      DecisionAuthority.delegated(da))));
    }

    List<DelegatedDecisionView> noted =
        SystemActor.call(() -> meetings.forNoting(meeting.id())).stream()
            .filter(d -> work.ref().equals(d.applicationRef()))
            .toList();
    assertThat(noted).hasSize(2);
    assertThat(noted)
        .extracting(DelegatedDecisionView::notingItemId)
        .containsOnly(noted.get(0).notingItemId());
    String page =
        mvc.perform(get("/committee/meetings/" + meeting.id()).with(accounts.page(work.officer())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page.split("under delegated authority \\(government share", -1))
        .hasSizeGreaterThan(2);
    held(meeting);
    String minutes =
        mvc.perform(
                post("/api/committee/meetings/" + meeting.id() + "/minutes/draft")
                    .with(accounts.api(work.officer())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String item = JsonPath.<String>read(minutes, "$.minutesText");
    assertThat(item.split("Noted: Approved under delegated authority", -1)).hasSizeGreaterThan(2);
  }

  @Test
  void aWithdrawnApplicationsVariationLeavesTheAgendaItWasWaitingOn() throws Exception {
    Work work = approvedThenSitting();
    long scope = asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"Wider\",\"newScope\":\"All\"}");
    MeetingView meeting = meetingToday();
    long item = added(work, meeting, scope);

    SystemActor.run(
        () ->
            applications.act(
                work.ref(),
                ApplicationAction.WITHDRAW,
                new ActionInput("The factory has closed.", null, null)));

    var left =
        SystemActor.call(() -> agendas.agenda(meeting.id())).stream()
            .filter(i -> i.id() == item)
            .findFirst()
            .orElseThrow();
    assertThat(left.withdrawnAs()).isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void theVariationItemHasItsConflictsDeclarationsQuorumPackPageAndMinutes() throws Exception {
    Work work = approvedThenSitting();
    long id = asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"Wider\",\"newScope\":\"All lines\"}");
    MeetingView meeting = meetingToday();
    long item = added(work, meeting, id);
    LocalDate on = meeting.date();
    String linked = accounts.create(Role.COMMITTEE);
    MemberView director =
        SystemActor.call(
            () ->
                members.appoint(
                    new NewMember(
                        linked,
                        "CMA",
                        Position.MEMBER,
                        on,
                        on,
                        List.of(work.factoryBr()),
                        List.of())));
    String api = "/api/committee/meetings/" + meeting.id();
    String variationItem = "$.items[?(@.item.id == " + item + ")]";

    mvc.perform(get(api + "/conflicts").with(accounts.api(linked)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.itemId == " + item + ")].reason").value("LINKED_FACTORY"));
    mvc.perform(
            post(api + "/items/" + item + "/declaration")
                .with(accounts.api(linked))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interest\":true,\"nature\":\"Director of the factory\"}"))
        .andExpect(status().isOk());
    mvc.perform(get(api + "/pack").with(accounts.api(linked)))
        .andExpect(status().isOk())
        .andExpect(jsonPath(variationItem + ".withheld").value(true))
        .andExpect(jsonPath(variationItem + ".variation").value(nullList()));
    mvc.perform(get(api + "/pack").with(accounts.api(work.officer())))
        .andExpect(jsonPath(variationItem + ".variation.id").value((int) id))
        .andExpect(jsonPath(variationItem + ".variation.newScope").value("All lines"))
        .andExpect(jsonPath(variationItem + ".application.reference").value(work.ref()));
    byte[] pdf =
        mvc.perform(
                get("/committee/meetings/" + meeting.id() + "/pack.pdf")
                    .param("language", "zh-HK")
                    .with(accounts.page(work.officer())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    mvc.perform(get("/committee/meetings/" + meeting.id()).with(accounts.page(work.officer())))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Variation request V-" + id)));

    held(meeting);
    SystemActor.run(
        () -> attendance.recordAttendance(meeting.id(), director.id(), AttendanceStatus.PRESENT));
    mvc.perform(get(api + "/items/" + item + "/quorum").with(accounts.api(work.officer())))
        .andExpect(jsonPath("$.counted").value(3));
    decide(work.officer(), meeting, item, "{\"outcome\":\"REJECTED\",\"note\":\"Too wide\"}")
        .andExpect(status().isOk());
    assertThat(SystemActor.call(() -> variations.get(work.ref(), id)).status())
        .isEqualTo(VariationStatus.REFUSED);
    mvc.perform(post(api + "/minutes/draft").with(accounts.api(work.officer())))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.minutesText")
                .value(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Variation request V-" + id),
                        org.hamcrest.Matchers.containsString("Too wide"))));
  }

  @Test
  void anInterestInOneItemOfAnApplicationWithholdsAndUncountsTheMemberOnEveryItemOfIt()
      throws Exception {
    Work work = approvedThenSitting();
    long scope = asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"Wider\",\"newScope\":\"All\"}");
    LocalDate later = application(work.ref()).dueOn().plusMonths(2);
    long time =
        asked(work, "{\"kind\":\"EXTENSION\",\"reason\":\"Late\",\"newDueOn\":\"" + later + "\"}");
    MeetingView meeting = meetingToday();
    long declared = added(work, meeting, scope);
    long other = added(work, meeting, time);
    LocalDate on = meeting.date();
    String linked = accounts.create(Role.COMMITTEE);
    MemberView director =
        SystemActor.call(
            () ->
                members.appoint(
                    new NewMember(linked, "CMA", Position.MEMBER, on, on, List.of(), List.of())));
    String api = "/api/committee/meetings/" + meeting.id();
    mvc.perform(
            post(api + "/items/" + declared + "/declaration")
                .with(accounts.api(linked))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interest\":true,\"nature\":\"Director of the factory\"}"))
        .andExpect(status().isOk());
    held(meeting);
    SystemActor.run(
        () -> attendance.recordAttendance(meeting.id(), director.id(), AttendanceStatus.PRESENT));

    for (long item : List.of(declared, other)) {
      mvc.perform(get(api + "/pack").with(accounts.api(linked)))
          .andExpect(jsonPath("$.items[?(@.item.id == " + item + ")].withheld").value(true));
      mvc.perform(get(api + "/items/" + item + "/quorum").with(accounts.api(work.officer())))
          .andExpect(jsonPath("$.counted").value(3));
    }
  }

  @Test
  void officersPutAVariationOnTheAgendaFromTheMeetingPageAndTheFactoryCannot() throws Exception {
    Work work = approvedThenSitting();
    long id = asked(work, "{\"kind\":\"SCOPE\",\"reason\":\"Wider\",\"newScope\":\"All\"}");
    MeetingView meeting = meetingToday();
    String page = "/committee/meetings/" + meeting.id();
    mvc.perform(get(page).with(accounts.page(work.officer())))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("id=\"add-variation\"")));
    onPage(work.applicant(), page, work, id).andExpect(status().isForbidden());
    onPage(work.officer(), page, work, id).andExpect(Shown.success("Added to the agenda."));
    onPage(work.officer(), page, work, id)
        .andExpect(Shown.failure("Variation request V-" + id + " is already on an agenda."));
    assertThat(SystemActor.call(() -> agendas.agenda(meeting.id())))
        .filteredOn(i -> i.kind().variation())
        .singleElement()
        .satisfies(i -> assertThat(i.variationId()).isEqualTo(id));
  }

  /** The meeting page's form putting the variation request on the agenda. */
  private ResultActions onPage(String user, String page, Work work, long id) throws Exception {
    return mvc.perform(
        post(page + "/items")
            .with(accounts.page(user))
            .with(csrf())
            .param("applicationRef", work.ref())
            .param("variationId", String.valueOf(id)));
  }

  private static org.hamcrest.Matcher<Iterable<? super Object>> nullList() {
    return org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.nullValue());
  }

  private ApplicationView application(String ref) {
    return SystemActor.call(() -> applications.get(ref));
  }

  private MemberView member(Position position, String organisation, LocalDate on) {
    String username = accounts.create(Role.COMMITTEE);
    return SystemActor.call(
        () ->
            members.appoint(
                new NewMember(username, organisation, position, on, on, List.of(), List.of())));
  }

  private String leaveAvailable(String amount) {
    String ref = "FILL-" + UUID.randomUUID().toString().substring(0, 8);
    SystemActor.run(
        () -> {
          BigDecimal fill = budget.summary().availableHkd().subtract(new BigDecimal(amount));
          budget.commit(ref, Scheme.ON_SITE_ASSESSMENT, fill, clock.today());
        });
    return ref;
  }

  private void release(String filler) {
    SystemActor.run(
        () -> {
          BigDecimal unpaid = budget.entriesFor(filler).get(0).amountHkd();
          budget.release(filler, unpaid, clock.today(), "test stand-in released");
        });
  }
}
