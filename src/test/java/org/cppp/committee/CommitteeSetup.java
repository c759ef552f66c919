package org.cppp.committee;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.funding.Scheme;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.cppp.support.Fixtures;
import org.cppp.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Builds committee scenarios through the facades and the API: applications ready for the committee,
 * members sitting only on one (unique) date, and a meeting on that date.
 */
class CommitteeSetup {

  static final byte[] PDF = "%PDF-1.4\n% paper\n".getBytes();

  final MockMvc mvc;
  final TestAccounts accounts;
  final Fixtures fixtures;
  final CommitteeMembers members;
  final Meetings meetings;
  final MeetingAgendas agendas;
  final MeetingAttendance attendance;
  final HistoricalApplications history;

  CommitteeSetup(
      MockMvc mvc,
      TestAccounts accounts,
      Fixtures fixtures,
      CommitteeMembers members,
      Meetings meetings,
      MeetingAgendas agendas,
      MeetingAttendance attendance,
      HistoricalApplications history) {
    this.mvc = mvc;
    this.accounts = accounts;
    this.fixtures = fixtures;
    this.members = members;
    this.meetings = meetings;
    this.agendas = agendas;
    this.attendance = attendance;
    this.history = history;
  }

  /** Every date a committee test's members sit on falls after this: applications are older. */
  static final LocalDate SUBMITTED_ON = LocalDate.of(2008, 4, 1);

  private static final AtomicInteger NEXT_DAY =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 2000));

  /**
   * A date no other test uses, in the past but after {@link #SUBMITTED_ON} (a decision is never
   * dated before its application was submitted): members appointed for it sit on it alone.
   */
  static LocalDate uniqueDate() {
    return SUBMITTED_ON.plusDays(NEXT_DAY.getAndIncrement());
  }

  /**
   * A {@link #uniqueDate} on which no member sits yet: tests sharing the context (the generated
   * input of {@code GeneratedInputTests} among them) may appoint members for long terms, and a
   * stranger sitting would change the quorum a test counts on.
   */
  LocalDate freeDate() {
    while (true) {
      LocalDate date = uniqueDate();
      if (SystemActor.call(() -> members.sittingOn(date)).isEmpty()) {
        return date;
      }
    }
  }

  /**
   * An application ready for the committee, submitted on {@link #SUBMITTED_ON} (recorded as a
   * historical submission) and screened by an officer today; its reference.
   */
  String ready(String br, String scheme, String provider, String cost) throws Exception {
    accounts.applicantOf(br);
    String officer = accounts.create(Role.OFFICER);
    String ref = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    SystemActor.run(
        () ->
            history.record(
                new HistoricalApplication(
                    ref,
                    Scheme.valueOf(scheme),
                    br,
                    provider,
                    new BigDecimal(cost).setScale(2),
                    SUBMITTED_ON,
                    ApplicationStatus.SUBMITTED,
                    null,
                    TechnologyCategory.ENERGY_SAVING,
                    "Boiler upgrade")));
    act(officer, ref, "screen", "{}");
    // a record from the paper files has no quotation on file: its officer overrides what fails
    mvc.perform(
        post("/api/applications/" + ref + "/screening/overrides")
            .with(accounts.api(officer))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"Checked against the paper file\"}"));
    act(officer, ref, "ready", "{\"note\":\"All checks passed\"}");
    return ref;
  }

  String ready() throws Exception {
    return ready(
        fixtures.eligibleFactory(),
        "DEMONSTRATION_PROJECT",
        fixtures.registeredProvider(),
        "100000");
  }

  private void act(String user, String ref, String action, String body) throws Exception {
    mvc.perform(
            post("/api/applications/" + ref + "/" + action)
                .with(accounts.api(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }

  /**
   * A new COMMITTEE user (mailed at {@code <username>@example.com}) appointed for [from, to]; the
   * membership.
   */
  MemberView member(
      Position position, String org, LocalDate from, LocalDate to, List<String> links) {
    return member(position, org, from, to, links, Language.EN);
  }

  /** As {@link #member}, for a member who reads their mails in {@code language}. */
  MemberView member(
      Position position,
      String org,
      LocalDate from,
      LocalDate to,
      List<String> links,
      Language language) {
    String username = accounts.withEmailIn(Role.COMMITTEE, null, language);
    return SystemActor.call(
        () -> members.appoint(new NewMember(username, org, position, from, to, links, List.of())));
  }

  /** A chair and four members sitting on {@code date} only. */
  List<MemberView> committee(LocalDate date) {
    List<MemberView> all = new ArrayList<>();
    all.add(member(Position.CHAIR, "EPD", date, date, List.of()));
    for (String org : List.of("HKGCC", "FHKI", "CMA", "CGCC")) {
      all.add(member(Position.MEMBER, org, date, date, List.of()));
    }
    all.add(member(Position.SECRETARY, "TID", date, date, List.of()));
    return all;
  }

  MeetingView meeting(LocalDate date) {
    String number = "PMC T-" + UUID.randomUUID().toString().substring(0, 8);
    return SystemActor.call(
        () ->
            meetings.schedule(
                new NewMeeting(
                    number,
                    "Test meeting",
                    date,
                    LocalTime.of(14, 30),
                    "HKPC Building",
                    null,
                    null)));
  }

  void attend(MeetingView meeting, List<MemberView> present) {
    SystemActor.run(
        () ->
            present.forEach(
                m -> attendance.recordAttendance(meeting.id(), m.id(), AttendanceStatus.PRESENT)));
  }

  /**
   * This application on the agenda of a meeting on a date no other test uses (or {@code date}),
   * with a full committee present, the meeting held; the item.
   */
  AgendaItemView heldItem(String ref, LocalDate date) {
    List<MemberView> sitting = committee(date);
    MeetingView meeting = meeting(date);
    AgendaItemView item = SystemActor.call(() -> agendas.addApplication(meeting.id(), ref));
    attend(meeting, sitting);
    SystemActor.run(() -> meetings.markHeld(meeting.id()));
    return item;
  }

  /** The API path recording a meeting's decision on this item. */
  static String decisionPath(AgendaItemView item) {
    return "/api/committee/meetings/" + item.meetingId() + "/items/" + item.id() + "/decision";
  }
}
