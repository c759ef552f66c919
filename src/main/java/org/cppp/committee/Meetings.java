package org.cppp.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committee meetings, through their {@link Meeting} aggregate: officers schedule them, circulate
 * the papers, record that the meeting was held, what it decided and the authority it delegated; its
 * agenda is kept by {@link MeetingAgendas}, who sat and declared by {@link MeetingAttendance}, its
 * minutes by {@link MeetingMinutes}. Every change is audited (subject type {@value #AUDIT_TYPE}). A
 * decision is written back to the application in the same transaction: a budget that cannot cover
 * it rolls the decision back.
 */
@Service
@Transactional
public class Meetings {

  static final String AUDIT_TYPE = "meeting";

  private final MeetingRepository repository;
  private final MeetingStore store;
  private final MemberStore members;
  private final MeetingRecords records;
  private final MeetingDecisions decisions;
  private final MeetingDocuments documents;
  private final Delegations delegations;
  private final MeetingPageReader pageReader;
  private final CommitteeMail mail;
  private final AuditTrail audit;
  private final Clock clock;

  Meetings(
      MeetingRepository repository,
      MeetingStore store,
      MemberStore members,
      MeetingRecords records,
      MeetingDecisions decisions,
      MeetingDocuments documents,
      Delegations delegations,
      MeetingPageReader pageReader,
      CommitteeMail mail,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.store = store;
    this.members = members;
    this.records = records;
    this.decisions = decisions;
    this.documents = documents;
    this.delegations = delegations;
    this.pageReader = pageReader;
    this.mail = mail;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Schedules a meeting; its number must be new and it needs a venue or an online link. Decisions
   * under delegated authority not yet listed for noting go on its agenda if it is the next meeting.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView schedule(NewMeeting meeting) {
    if (repository.existsByNumber(meeting.number().trim())) {
      throw new RuleViolation("number", "committee.meeting.number.taken", meeting.number());
    }
    Meeting scheduled =
        repository.saveAndFlush(Meeting.schedule(meeting, CurrentUser.current().username()));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("number", meeting.number());
    values.put("date", meeting.date().toString());
    values.put("startTime", meeting.startTime().toString());
    values.put("venue", meeting.venue());
    values.put("onlineLink", meeting.onlineLink());
    audit.record(AUDIT_TYPE, String.valueOf(scheduled.id()), "SCHEDULED", values);
    records.listForNoting(today());
    return get(scheduled.id());
  }

  /**
   * Marks the papers circulated to members and mails each member sitting on the meeting's date the
   * link to its page.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView circulatePapers(long meetingId) {
    MeetingView meeting =
        records.move(meetingId, MeetingStatus.CIRCULATED, m -> m.move(MeetingStatus.CIRCULATED));
    mail.papersCirculated(meeting, members.sittingOn(meeting.date()));
    return meeting;
  }

  /** Records that the meeting was held (not before its date): decisions may now be recorded. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView markHeld(long meetingId) {
    return records.move(meetingId, MeetingStatus.HELD, m -> m.hold(today()));
  }

  /** Cancels a meeting that has not been held. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView cancel(long meetingId) {
    return records.move(meetingId, MeetingStatus.CANCELLED, m -> m.move(MeetingStatus.CANCELLED));
  }

  /** A meeting. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public MeetingView get(long meetingId) {
    return records.meeting(meetingId).view();
  }

  /** Meetings, latest first. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public Page<MeetingView> list(Pageable pageable) {
    return new PageImpl<>(
        store.all(pageable.getPageSize(), pageable.getOffset()), pageable, store.count());
  }

  /** Scheduled meetings from today on, soonest first. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<MeetingView> upcoming() {
    return store.upcoming(today());
  }

  /** The meeting's page as the current user may see it, read once. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public MeetingPage page(long meetingId) {
    return pageReader.read(records.meeting(meetingId), CurrentUser.current());
  }

  /** Whether the meeting as a whole has its quorum, from the attendance recorded. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public QuorumCheck quorum(long meetingId) {
    Meeting meeting = records.meeting(meetingId);
    return meeting.deliberation().quorum(members.sitting(meeting.date()));
  }

  /** Whether an item has its quorum: present members not recused from it. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public QuorumCheck quorum(long meetingId, long itemId) {
    Meeting meeting = records.meeting(meetingId);
    return meeting.deliberation().quorum(itemId, members.sitting(meeting.date()));
  }

  /**
   * Records the decision on an application item of a held meeting, dated the meeting's date.
   * Refuses an item without quorum (field {@code quorum}), a rejection without reasons or a
   * deferral without the request (field {@code note}), an amount above the rules' share (field
   * {@code approvedAmount}), an approval the budget cannot cover (field {@code amountHkd}), and a
   * second decision on the same item (409).
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public DecisionView decide(long meetingId, long itemId, DecisionInput input) {
    return decisions.decide(meetingId, itemId, input);
  }

  /**
   * The meeting pack as the current user may read it. The budget left after each application item
   * assumes every undecided application above it is approved at its government share.
   */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public MeetingPack pack(long meetingId) {
    return documents.pack(records.meeting(meetingId), CurrentUser.current());
  }

  /** One application item's summary; not found for a member recused from it. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public PackItem summary(long meetingId, long itemId) {
    return documents.item(records.meeting(meetingId), CurrentUser.current(), itemId);
  }

  /**
   * The decision letter for an application: for the factory's applicants and programme staff; not
   * found for anyone else, or before the committee has decided.
   */
  @PreAuthorize(CommitteePolicy.READ_LETTERS)
  @Transactional(readOnly = true)
  public DecisionLetter letter(String reference) {
    return documents.letter(reference, CurrentUser.current());
  }

  /**
   * Records a resolution of delegated authority of the held meeting (before its minutes are
   * drafted, so they record it): refuses a meeting not held or without its quorum, no scheme (field
   * {@code schemes}), a ceiling not above zero or with more than 2 decimals (field {@code
   * maxGovernmentShareHkd}), an end date not after the meeting or more than five years after it
   * (field {@code validUntil}), and no wording (field {@code resolution}).
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public DelegatedAuthority grantDelegation(long meetingId, NewDelegation input) {
    Meeting meeting = records.locked(meetingId);
    meeting.deliberation().requireResolving(members.sitting(meeting.date()));
    return delegations.grant(meeting, input);
  }

  /** A delegated authority. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public DelegatedAuthority delegation(long id) {
    return delegations.get(id);
  }

  /** The authorities a meeting resolved. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<DelegatedAuthority> delegations(long meetingId) {
    return delegations.ofMeeting(records.meeting(meetingId));
  }

  /** The decisions under delegated authority listed for noting at this meeting, in agenda order. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<DelegatedDecisionView> forNoting(long meetingId) {
    return delegations.forNoting(records.meeting(meetingId));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
