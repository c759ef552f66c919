package org.cppp.committee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.application.ApplicationStatus;
import org.cppp.funding.Scheme;
import org.cppp.shared.StateConflict;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A committee meeting with its agenda, attendance, members' declarations and the decisions on its
 * items. Every change is guarded by the meeting's status ({@link MeetingStatus} answers each
 * question); a decision on an application registers {@link CommitteeDecisionRecorded}. Its parts
 * keep their own rules: the items' order and kinds ({@link Agenda}, changed through {@link
 * #openAgenda()}), the declarations and quorums ({@link Deliberation}), the minutes' text and
 * confirmation ({@link Minutes}).
 */
@Entity
@Table(name = "committee_meeting")
class Meeting extends AbstractAggregateRoot<Meeting> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;
  private String title;

  @Column(name = "meeting_date")
  private LocalDate date;

  private LocalTime startTime;
  private String venue;
  private String onlineLink;
  private LocalDate declarationDeadline;

  @Enumerated(EnumType.STRING)
  private MeetingStatus status;

  @Embedded private Minutes minutes;
  private String createdBy;
  @Version private long version;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position, id")
  private List<AgendaItem> items = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
  @MapKeyColumn(name = "member_id")
  @Column(name = "status")
  @Enumerated(EnumType.STRING)
  private Map<Long, AttendanceStatus> attendance = new HashMap<>();

  protected Meeting() {}

  /**
   * Schedules a meeting: it needs a venue or an https online link, and its declaration deadline
   * (the meeting's date when none is given) cannot be after it.
   */
  static Meeting schedule(NewMeeting m, String actor) {
    LocalDate deadline = m.checkedDeadline();
    Meeting meeting = new Meeting();
    meeting.number = m.number().trim();
    meeting.title = m.title().trim();
    meeting.date = m.date();
    meeting.startTime = m.startTime();
    meeting.venue = trim(m.venue());
    meeting.onlineLink = trim(m.onlineLink());
    meeting.declarationDeadline = deadline;
    meeting.status = MeetingStatus.SCHEDULED;
    meeting.minutes = Minutes.none();
    meeting.createdBy = actor;
    return meeting;
  }

  /** Moves to {@code next} if the current status allows it. */
  MeetingStatus move(MeetingStatus next) {
    if (!status.canTransitionTo(next)) {
      throw new StateConflict("committee.meeting.illegal-transition", number, status, next);
    }
    MeetingStatus from = status;
    status = next;
    return from;
  }

  /** Records that the meeting was held: not before its date. */
  MeetingStatus hold(LocalDate today) {
    if (date.isAfter(today)) {
      throw new StateConflict("committee.meeting.not-yet", number, date);
    }
    return move(MeetingStatus.HELD);
  }

  AgendaItem addApplication(String reference, Scheme scheme, String title) {
    return openAgenda().addApplication(reference, scheme, title);
  }

  AgendaItem addMatter(String title, String description) {
    return openAgenda().addMatter(title, description);
  }

  /** Moves an item one place up or down; returns its new position, or 0 if it stays. */
  int move(long itemId, int direction) {
    return openAgenda().move(itemId, direction);
  }

  /**
   * The agenda to change (add to, order, remove from), refused unless the meeting's status keeps it
   * open.
   */
  Agenda openAgenda() {
    requireAgendaOpen();
    return agenda();
  }

  /** Refuses papers to a meeting whose record is locked or that was cancelled. */
  void requireRecordOpen() {
    if (!status.recordOpen()) {
      throw new StateConflict("committee.meeting.locked", number);
    }
  }

  /** Records a sitting member's attendance. */
  void attend(MemberView member, AttendanceStatus status) {
    requireRecordOpen();
    deliberation().attend(member, status);
  }

  /** A member's declaration on one item: an interest needs its nature, and is final. */
  void declare(long itemId, MemberView member, boolean interest, String nature, Instant at) {
    deliberation().declare(itemId, member, interest, nature, at);
  }

  /**
   * Records the decision on an application or variation item of this held meeting, dated the
   * meeting's date, if the item has its quorum; an application's registers {@link
   * CommitteeDecisionRecorded} (a variation's is mailed by the applications module).
   */
  AgendaItem decide(long itemId, DecisionInput input, Sitting sitting, Decider by) {
    AgendaItem item = item(itemId);
    item.requireUndecided();
    deliberation().requireQuorate(item, sitting);
    input.checkedNote();
    item.decide(input, date, by.actor(), by.at());
    if (item.kind().application()) {
      registerEvent(
          new CommitteeDecisionRecorded(item.applicationRef(), by.factoryBr(), input.outcome()));
    }
    return item;
  }

  /** Drafts the minutes of a held meeting. */
  MeetingStatus draftMinutes(String text) {
    MeetingStatus from = move(MeetingStatus.MINUTES_DRAFTED);
    minutes.draft(text);
    return from;
  }

  /** Replaces the drafted minutes' text; refused once they are confirmed. */
  int editMinutes(String text, int maxLength) {
    return minutes.edit(this, text, maxLength);
  }

  /** A later, held meeting confirms these minutes, which are locked from then on. */
  void confirmMinutes(Meeting later) {
    minutes.requireConfirmable(this, later);
    move(MeetingStatus.MINUTES_CONFIRMED);
    minutes.confirmedBy(later.id, later.date);
  }

  /** Marks the application's undecided items as having left the agenda; returns them. */
  List<AgendaItem> withdraw(String reference, ApplicationStatus as) {
    return agenda().withdraw(reference, as);
  }

  /** Marks the variation's undecided item as having left the agenda; returns it. */
  List<AgendaItem> withdrawVariation(long variationId, ApplicationStatus as) {
    return agenda().withdrawVariation(variationId, as);
  }

  AgendaItem item(long itemId) {
    return agenda().item(itemId);
  }

  /** The members recused from an item ({@link Agenda#recusedFrom}). */
  Set<Long> recusedFrom(long itemId) {
    return agenda().recusedFrom(itemId);
  }

  List<AgendaItem> items() {
    return List.copyOf(items);
  }

  Map<Long, AttendanceStatus> attendance() {
    return Map.copyOf(attendance);
  }

  MeetingView view() {
    return new MeetingView(
        id,
        number,
        title,
        date,
        startTime,
        venue,
        onlineLink,
        declarationDeadline,
        status,
        minutes.text(),
        minutes.confirmedBy(),
        minutes.confirmedOn(),
        version);
  }

  /** The events registered and not yet published (the tests of the aggregate read them). */
  @Override
  protected Collection<Object> domainEvents() {
    return super.domainEvents();
  }

  Long id() {
    return id;
  }

  String number() {
    return number;
  }

  LocalDate date() {
    return date;
  }

  MeetingStatus status() {
    return status;
  }

  void requireAgendaOpen() {
    if (!status.agendaOpen()) {
      throw new StateConflict("committee.meeting.agenda-closed", number, status);
    }
  }

  private Agenda agenda() {
    return new Agenda(this, items);
  }

  /** Its members' declarations and the quorum of the meeting and of each item. */
  Deliberation deliberation() {
    return new Deliberation(number, status, date, attendance, agenda());
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }

  /** Who records a decision, when, and the factory the application belongs to (for the event). */
  record Decider(String actor, Instant at, String factoryBr) {}
}
