package org.cppp.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
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
 * Committee meetings, through their {@link Meeting} aggregate: officers schedule them, build the
 * agenda, circulate the papers, record that the meeting was held, who attended and what it decided,
 * and draft its minutes; members declare their interests. Every change is audited (subject type
 * {@value #AUDIT_TYPE}). A decision is written back to the application in the same transaction: a
 * budget that cannot cover it rolls the decision back.
 */
@Service
@Transactional
public class Meetings {

  static final String AUDIT_TYPE = "meeting";

  private final MeetingRepository repository;
  private final MeetingStore store;
  private final MemberStore members;
  private final MeetingRecords records;
  private final MeetingPapers papers;
  private final MeetingDeclarations declarationWork;
  private final MeetingDecisions decisions;
  private final MeetingMinutes minutes;
  private final MeetingDocuments documents;
  private final Delegations delegations;
  private final ConflictFinder conflicts;
  private final MeetingPageReader pageReader;
  private final FundingApplications applications;
  private final CommitteeMail mail;
  private final AuditTrail audit;
  private final Clock clock;

  Meetings(
      MeetingRepository repository,
      MeetingStore store,
      MemberStore members,
      MeetingRecords records,
      MeetingPapers papers,
      MeetingDeclarations declarationWork,
      MeetingDecisions decisions,
      MeetingMinutes minutes,
      MeetingDocuments documents,
      Delegations delegations,
      ConflictFinder conflicts,
      MeetingPageReader pageReader,
      FundingApplications applications,
      CommitteeMail mail,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.store = store;
    this.members = members;
    this.records = records;
    this.papers = papers;
    this.declarationWork = declarationWork;
    this.decisions = decisions;
    this.minutes = minutes;
    this.documents = documents;
    this.delegations = delegations;
    this.conflicts = conflicts;
    this.pageReader = pageReader;
    this.applications = applications;
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

  /** The agenda, in order, with decisions recorded. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<AgendaItemView> agenda(long meetingId) {
    return records.meeting(meetingId).items().stream().map(AgendaItem::view).toList();
  }

  /** One agenda item. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public AgendaItemView item(long meetingId, long itemId) {
    return records.meeting(meetingId).item(itemId).view();
  }

  /**
   * Puts an application that is ready for the committee on the agenda; refuses one in another
   * status, already on this agenda, or waiting on another meeting's agenda.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AgendaItemView addApplication(long meetingId, String reference) {
    Meeting meeting = records.locked(meetingId);
    meeting.requireAgendaOpen();
    ApplicationView application = applications.get(reference);
    if (application.status() != ApplicationStatus.READY_FOR_COMMITTEE) {
      throw new RuleViolation("applicationRef", "committee.agenda.not-ready", reference);
    }
    if (store.onAnotherOpenAgenda(reference, meetingId)) {
      throw new RuleViolation("applicationRef", "committee.agenda.already", reference);
    }
    String title = application.title().isBlank() ? reference : application.title();
    AgendaItem item = meeting.addApplication(reference, application.scheme(), title);
    return records.added(meeting, item, Map.of("application", reference));
  }

  /** Adds a programme matter (papers may be uploaded to it). */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AgendaItemView addMatter(long meetingId, String title, String description) {
    Meeting meeting = records.locked(meetingId);
    AgendaItem item = meeting.addMatter(title, description);
    return records.added(meeting, item, Map.of("matter", title));
  }

  /** Adds "confirmation of the minutes of" an earlier meeting whose minutes are not confirmed. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public AgendaItemView addMinutesConfirmation(long meetingId, long earlierMeetingId) {
    Meeting meeting = records.locked(meetingId);
    Meeting earlier = records.meeting(earlierMeetingId);
    AgendaItem item = meeting.addConfirmationOf(earlier);
    return records.added(meeting, item, Map.of("confirmsMinutesOf", earlier.number()));
  }

  /** Moves an item one place up ({@code -1}) or down ({@code +1}). */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public List<AgendaItemView> move(long meetingId, long itemId, int direction) {
    Meeting meeting = records.locked(meetingId);
    int position = meeting.move(itemId, direction);
    if (position > 0) {
      records.save(meeting, "ITEM_MOVED", Map.of("item", itemId, "position", position));
    }
    return agenda(meetingId);
  }

  /** Puts the agenda in this order (every item's id once). */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public List<AgendaItemView> reorder(long meetingId, List<Long> itemIds) {
    Meeting meeting = records.locked(meetingId);
    meeting.reorder(itemIds);
    records.save(meeting, "REORDERED", Map.of("order", itemIds.toString()));
    return agenda(meetingId);
  }

  /** Takes an item off the agenda before the meeting. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public void removeItem(long meetingId, long itemId) {
    Meeting meeting = records.locked(meetingId);
    AgendaItem item = meeting.remove(itemId);
    store.deletePapers(itemId);
    records.save(meeting, "ITEM_REMOVED", Map.of("title", item.title()));
  }

  /** Attaches a PDF paper to an item; restricted papers are hidden from recused members. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public PaperView uploadPaper(
      long meetingId, long itemId, String filename, byte[] content, boolean restricted) {
    return papers.upload(meetingId, itemId, filename, content, restricted);
  }

  /**
   * The papers the current user may read: restricted ones of items they are recused from are not.
   */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<PaperView> papers(long meetingId) {
    return records.papers(records.meeting(meetingId), CurrentUser.current());
  }

  /** A paper's content; a restricted paper of an item the member is recused from is not found. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public PaperContent paper(long meetingId, long paperId) {
    return papers.content(meetingId, paperId);
  }

  /** Records a member's attendance; the member must be sitting on the meeting's date. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public List<AttendanceView> recordAttendance(
      long meetingId, long memberId, AttendanceStatus status) {
    Meeting meeting = records.locked(meetingId);
    meeting.requireRecordOpen();
    MemberView member =
        members
            .find(memberId)
            .orElseThrow(() -> new RuleViolation("memberId", "committee.member.not-sitting"));
    meeting.attend(member, status);
    records.save(
        meeting, "ATTENDANCE", Map.of("member", member.displayName(), "status", status.name()));
    return store.attendance(meetingId);
  }

  /** Attendance as recorded. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<AttendanceView> attendance(long meetingId) {
    records.meeting(meetingId);
    return store.attendance(meetingId);
  }

  /** The current member declares on an item of a meeting they sit on. */
  @PreAuthorize(CommitteePolicy.MEMBER)
  public DeclarationView declare(long meetingId, long itemId, boolean interest, String nature) {
    return declarationWork.declare(meetingId, itemId, interest, nature);
  }

  /**
   * The current member declares no interest, in one step, in every item still to be decided that
   * they have not declared on: first the exceptions (an interest, item by item), then this. Returns
   * the declarations made.
   */
  @PreAuthorize(CommitteePolicy.MEMBER)
  public List<DeclarationView> declareNoInterestInOthers(long meetingId) {
    return declarationWork.declareNoInterest(meetingId);
  }

  /** Every declaration made for a meeting. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<DeclarationView> declarations(long meetingId) {
    records.meeting(meetingId);
    return store.declarations(meetingId);
  }

  /**
   * Likely conflicts for the meeting's items: the current member's own, or every sitting member's
   * for officers and EPD.
   */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<ConflictHint> proposedConflicts(long meetingId) {
    return conflicts.find(records.meeting(meetingId), CurrentUser.current());
  }

  /** Meetings ahead where the current member has items still to declare on. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<DeclarationDue> declarationsDue() {
    return records.declarationsDue(today(), CurrentUser.current());
  }

  /** Whether the meeting as a whole has its quorum, from the attendance recorded. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public QuorumCheck quorum(long meetingId) {
    Meeting meeting = records.meeting(meetingId);
    return meeting.quorum(members.sitting(meeting.date()));
  }

  /** Whether an item has its quorum: present members not recused from it. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public QuorumCheck quorum(long meetingId, long itemId) {
    Meeting meeting = records.meeting(meetingId);
    return meeting.quorum(itemId, members.sitting(meeting.date()));
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

  /** Drafts the minutes of a held meeting from its records, in the given language. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView draftMinutes(long meetingId, Locale locale) {
    return minutes.draft(meetingId, locale);
  }

  /** Replaces the draft minutes' text: the secretary or an officer; refused once confirmed. */
  @PreAuthorize(CommitteePolicy.EDIT_MINUTES)
  public MeetingView editMinutes(long meetingId, String text) {
    return minutes.edit(meetingId, text);
  }

  /**
   * Records that a later, held meeting confirmed the drafted minutes of an earlier one; the earlier
   * minutes are locked from then on.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView confirmMinutes(long earlierMeetingId, long confirmingMeetingId) {
    return minutes.confirm(earlierMeetingId, confirmingMeetingId);
  }

  /** Whether the current user may edit this meeting's minutes (an officer or its secretary). */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public boolean mayEditMinutes(long meetingId) {
    return minutes.mayEdit(meetingId);
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
    meeting.requireResolving(members.sitting(meeting.date()));
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
