package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cppp.application.DecisionOutcome;
import org.cppp.funding.Scheme;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The meeting aggregate's rules, without a database. */
class MeetingTests {

  static final LocalDate DATE = LocalDate.of(2012, 5, 10);
  static final Instant AT = Instant.parse("2012-05-10T08:00:00Z");
  static final AtomicLong IDS = new AtomicLong(1);

  final List<MemberView> members =
      List.of(
          member(Position.CHAIR),
          member(Position.MEMBER),
          member(Position.MEMBER),
          member(Position.MEMBER),
          member(Position.SECRETARY));
  final Sitting sitting = new Sitting(QuorumRule.moreThanHalfWithChair(DATE), members);
  final Meeting.Decider officer = new Meeting.Decider("officer", AT, "12345678");

  @Test
  void aMeetingNeedsAVenueOrAnHttpsLinkAndADeadlineNotAfterIt() {
    assertThatThrownBy(() -> Meeting.schedule(meeting(null, null, null), "officer"))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("venue");
    assertThatThrownBy(() -> Meeting.schedule(meeting(null, "http://x.org", null), "officer"))
        .extracting("field")
        .isEqualTo("onlineLink");
    assertThatThrownBy(() -> Meeting.schedule(meeting("HKPC", null, DATE.plusDays(1)), "o"))
        .extracting("field")
        .isEqualTo("declarationDeadline");
    assertThat(
            saved(Meeting.schedule(meeting("HKPC", null, null), "officer"))
                .view()
                .declarationDeadline())
        .isEqualTo(DATE);
  }

  @Test
  void aMeetingIsNotHeldBeforeItsDateAndItsAgendaClosesWhenItIs() {
    Meeting meeting = scheduled();
    assertThatThrownBy(() -> meeting.hold(DATE.minusDays(1))).isInstanceOf(StateConflict.class);
    meeting.hold(DATE);
    assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
    assertThatThrownBy(() -> meeting.addMatter("Late matter", ""))
        .isInstanceOf(StateConflict.class);
  }

  @Test
  void anApplicationGoesOnTheAgendaOnceAndItemsMoveAndRenumber() {
    Meeting meeting = scheduled();
    AgendaItem a = item(meeting.addApplication("A1", Scheme.DEMONSTRATION_PROJECT, "Boiler"));
    AgendaItem b = item(meeting.addMatter("Guidebooks", ""));
    assertThatThrownBy(() -> meeting.addApplication("A1", Scheme.DEMONSTRATION_PROJECT, "Again"))
        .isInstanceOf(RuleViolation.class);
    assertThat(meeting.move(b.id(), -1)).isEqualTo(1);
    assertThat(meeting.items()).containsExactly(b, a);
    assertThat(a.position()).isEqualTo(2);
    assertThat(meeting.move(b.id(), -1)).isZero();
  }

  @Test
  void aDecisionNeedsAHeldMeetingAndTheItemsQuorumAndIsPublishedOnce() {
    Meeting meeting = scheduled();
    AgendaItem item = item(meeting.addApplication("A2", Scheme.DEMONSTRATION_PROJECT, "Boiler"));
    DecisionInput reject =
        new DecisionInput(DecisionOutcome.REJECTED, null, "Not cleaner production");
    assertThatThrownBy(() -> meeting.decide(item.id(), reject, sitting, officer))
        .isInstanceOf(StateConflict.class);
    members.forEach(m -> meeting.attend(m, AttendanceStatus.PRESENT));
    meeting.hold(DATE);
    // three of the four voting members declared an interest: the item has no quorum
    members.subList(1, 4).forEach(m -> meeting.declare(item.id(), m, true, "Director", AT));
    assertThat(meeting.deliberation().quorum(sitting).quorate()).isTrue();
    assertThatThrownBy(() -> meeting.decide(item.id(), reject, sitting, officer))
        .isInstanceOf(RuleViolation.class)
        .extracting("field")
        .isEqualTo("quorum");
    assertThat(meeting.domainEvents()).isEmpty();
  }

  @Test
  void aRecordedDecisionRegistersTheEventAndCannotBeRecordedAgain() {
    Meeting meeting = scheduled();
    AgendaItem item = item(meeting.addApplication("A3", Scheme.DEMONSTRATION_PROJECT, "Boiler"));
    members.forEach(m -> meeting.attend(m, AttendanceStatus.PRESENT));
    meeting.hold(DATE);
    DecisionInput noReasons = new DecisionInput(DecisionOutcome.REJECTED, null, " ");
    assertThatThrownBy(() -> meeting.decide(item.id(), noReasons, sitting, officer))
        .extracting("field")
        .isEqualTo("note");
    meeting.decide(
        item.id(),
        new DecisionInput(DecisionOutcome.DEFERRED, null, "A new quotation"),
        sitting,
        officer);
    assertThat(meeting.domainEvents())
        .containsExactly(new CommitteeDecisionRecorded("A3", "12345678", DecisionOutcome.DEFERRED));
    assertThat(item.view().decision().decidedOn()).isEqualTo(DATE);
    assertThatThrownBy(
            () ->
                meeting.decide(
                    item.id(),
                    new DecisionInput(DecisionOutcome.APPROVED, null, ""),
                    sitting,
                    officer))
        .isInstanceOf(StateConflict.class);
  }

  @Test
  void aDeclaredInterestIsFinalAndDeclaringClosesWithTheMinutes() {
    Meeting meeting = scheduled();
    AgendaItem item = item(meeting.addApplication("A4", Scheme.DEMONSTRATION_PROJECT, "Boiler"));
    MemberView member = members.get(1);
    assertThatThrownBy(() -> meeting.declare(item.id(), member, true, " ", AT))
        .extracting("field")
        .isEqualTo("nature");
    meeting.declare(item.id(), member, true, "Shareholder", AT);
    assertThatThrownBy(() -> meeting.declare(item.id(), member, false, "", AT))
        .isInstanceOf(StateConflict.class);
    meeting.hold(DATE);
    meeting.draftMinutes("Minutes");
    assertThatThrownBy(() -> meeting.deliberation().declareNoInterest(members.get(2), AT))
        .isInstanceOf(StateConflict.class);
  }

  @Test
  void minutesAreConfirmedByALaterHeldMeetingAndThenLocked() {
    Meeting first = scheduled();
    first.hold(DATE);
    first.draftMinutes("Draft");
    Meeting earlier = saved(Meeting.schedule(meeting("HKPC", null, null), "officer"));
    assertThatThrownBy(() -> first.confirmMinutes(earlier)).isInstanceOf(RuleViolation.class);
    Meeting later =
        saved(Meeting.schedule(meeting("HKPC", null, null, DATE.plusMonths(1)), "officer"));
    assertThatThrownBy(() -> first.confirmMinutes(later)).isInstanceOf(StateConflict.class);
    later.hold(DATE.plusMonths(1));
    first.confirmMinutes(later);
    assertThat(first.view().minutesLocked()).isTrue();
    assertThatThrownBy(() -> first.editMinutes("Changed", 1000)).isInstanceOf(StateConflict.class);
    assertThatThrownBy(() -> first.attend(members.get(0), AttendanceStatus.ABSENT))
        .isInstanceOf(StateConflict.class);
  }

  private Meeting scheduled() {
    return saved(Meeting.schedule(meeting("HKPC Building", null, null), "officer"));
  }

  /** Gives the meeting the id the database would. */
  private static Meeting saved(Meeting meeting) {
    ReflectionTestUtils.setField(meeting, "id", IDS.getAndIncrement());
    return meeting;
  }

  private static AgendaItem item(AgendaItem item) {
    ReflectionTestUtils.setField(item, "id", IDS.getAndIncrement());
    return item;
  }

  private static NewMeeting meeting(String venue, String link, LocalDate deadline) {
    return meeting(venue, link, deadline, DATE);
  }

  private static NewMeeting meeting(String venue, String link, LocalDate deadline, LocalDate on) {
    return new NewMeeting(
        "PMC " + IDS.getAndIncrement(), "Meeting", on, LocalTime.of(14, 30), venue, link, deadline);
  }

  private static MemberView member(Position position) {
    long id = IDS.getAndIncrement();
    return new MemberView(
        id, "m" + id, "Member " + id, "FHKI", position, DATE, DATE, List.of(), List.of());
  }
}
