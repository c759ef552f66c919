package org.cppp.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.FileName;
import org.cppp.shared.FileSignature;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committee meetings: officers schedule them, build the agenda from applications ready for the
 * committee and other matters with papers, circulate the papers, record that the meeting was held
 * and who attended. Every change is audited (subject type {@value #AUDIT_TYPE}).
 */
@Service
@Transactional
public class Meetings {

  static final String AUDIT_TYPE = "meeting";
  private static final int MAX_PAPER_BYTES = 10 * 1024 * 1024;

  private final MeetingStore store;
  private final MeetingAccess access;
  private final MemberStore members;
  private final FundingApplications applications;
  private final AuditTrail audit;
  private final Noting noting;

  Meetings(
      MeetingStore store,
      MeetingAccess access,
      MemberStore members,
      FundingApplications applications,
      AuditTrail audit,
      Noting noting) {
    this.store = store;
    this.access = access;
    this.members = members;
    this.applications = applications;
    this.audit = audit;
    this.noting = noting;
  }

  /**
   * Schedules a meeting; its number must be new and it needs a venue or an online link. Decisions
   * under delegated authority not yet listed for noting go on its agenda if it is the next meeting.
   */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public MeetingView schedule(NewMeeting meeting) {
    if (store.numberTaken(meeting.number())) {
      throw new RuleViolation("number", "committee.meeting.number.taken", meeting.number());
    }
    if (blank(meeting.venue()) && blank(meeting.onlineLink())) {
      throw new RuleViolation("venue", "committee.meeting.venue.required");
    }
    if (!blank(meeting.onlineLink()) && !httpsLink(meeting.onlineLink())) {
      throw new RuleViolation("onlineLink", "committee.meeting.onlineLink.https");
    }
    LocalDate deadline =
        meeting.declarationDeadline() == null ? meeting.date() : meeting.declarationDeadline();
    if (deadline.isAfter(meeting.date())) {
      throw new RuleViolation("declarationDeadline", "committee.meeting.deadline.after");
    }
    long id = store.insert(meeting, deadline, CurrentUser.current().username());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("number", meeting.number());
    values.put("date", meeting.date().toString());
    values.put("startTime", meeting.startTime().toString());
    values.put("venue", meeting.venue());
    values.put("onlineLink", meeting.onlineLink());
    audit.record(AUDIT_TYPE, String.valueOf(id), "SCHEDULED", values);
    noting.listPending(CommitteeMembers.today());
    return access.meeting(id);
  }

  /** Marks the papers circulated to members. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public MeetingView circulatePapers(long meetingId) {
    return move(meetingId, MeetingStatus.CIRCULATED);
  }

  /** Records that the meeting was held: decisions may now be recorded. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public MeetingView markHeld(long meetingId) {
    MeetingView meeting = access.locked(meetingId);
    if (meeting.date().isAfter(CommitteeMembers.today())) {
      throw new StateConflict("committee.meeting.not-yet", meeting.number(), meeting.date());
    }
    return move(meetingId, MeetingStatus.HELD);
  }

  /** Cancels a meeting that has not been held. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public MeetingView cancel(long meetingId) {
    return move(meetingId, MeetingStatus.CANCELLED);
  }

  /** A meeting. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public MeetingView get(long meetingId) {
    return access.meeting(meetingId);
  }

  /** Meetings, latest first. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public Page<MeetingView> list(Pageable pageable) {
    return new PageImpl<>(
        store.all(pageable.getPageSize(), pageable.getOffset()), pageable, store.count());
  }

  /** Scheduled meetings from today on, soonest first. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<MeetingView> upcoming() {
    return store.upcoming(CommitteeMembers.today());
  }

  /** The agenda, in order, with decisions recorded. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<AgendaItemView> agenda(long meetingId) {
    access.meeting(meetingId);
    return store.items(meetingId);
  }

  /** One agenda item. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public AgendaItemView item(long meetingId, long itemId) {
    return access.item(meetingId, itemId);
  }

  /**
   * Puts an application that is ready for the committee on the agenda; refuses one in another
   * status, already on this agenda, or waiting on another meeting's agenda.
   */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public AgendaItemView addApplication(long meetingId, String reference) {
    MeetingView meeting = access.locked(meetingId);
    MeetingAccess.requireAgendaOpen(meeting);
    ApplicationView application = applications.get(reference);
    if (application.status() != ApplicationStatus.READY_FOR_COMMITTEE) {
      throw new RuleViolation("applicationRef", "committee.agenda.not-ready", reference);
    }
    boolean onThis =
        store.items(meetingId).stream().anyMatch(i -> reference.equals(i.applicationRef()));
    if (onThis || store.onAnotherOpenAgenda(reference, meetingId)) {
      throw new RuleViolation("applicationRef", "committee.agenda.already", reference);
    }
    String title = application.title().isBlank() ? reference : application.title();
    long id =
        store.addItem(
            meetingId, ItemKind.APPLICATION, reference, application.scheme(), title, "", null);
    audit.record(
        AUDIT_TYPE, String.valueOf(meetingId), "ITEM_ADDED", Map.of("application", reference));
    return access.item(meetingId, id);
  }

  /** Adds a programme matter (papers may be uploaded to it). */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public AgendaItemView addMatter(long meetingId, String title, String description) {
    MeetingView meeting = access.locked(meetingId);
    MeetingAccess.requireAgendaOpen(meeting);
    if (blank(title) || title.trim().length() > 300) {
      throw new RuleViolation("title", "committee.agenda.title.required");
    }
    long id =
        store.addItem(meetingId, ItemKind.MATTER, null, null, title.trim(), description, null);
    audit.record(AUDIT_TYPE, String.valueOf(meetingId), "ITEM_ADDED", Map.of("matter", title));
    return access.item(meetingId, id);
  }

  /** Adds "confirmation of the minutes of" an earlier meeting whose minutes are drafted. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public AgendaItemView addMinutesConfirmation(long meetingId, long earlierMeetingId) {
    MeetingView meeting = access.locked(meetingId);
    MeetingAccess.requireAgendaOpen(meeting);
    MeetingView earlier = access.meeting(earlierMeetingId);
    if (!earlier.date().isBefore(meeting.date())) {
      throw new RuleViolation("confirmsMeeting", "committee.minutes.confirm-later");
    }
    if (earlier.status() == MeetingStatus.CANCELLED || earlier.minutesLocked()) {
      throw new RuleViolation("confirmsMeeting", "committee.minutes.not-confirmable");
    }
    long id =
        store.addItem(
            meetingId,
            ItemKind.MINUTES_CONFIRMATION,
            null,
            null,
            earlier.number(),
            "",
            earlierMeetingId);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(meetingId),
        "ITEM_ADDED",
        Map.of("confirmsMinutesOf", earlier.number()));
    return access.item(meetingId, id);
  }

  /** Moves an item one place up ({@code -1}) or down ({@code +1}). */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public List<AgendaItemView> move(long meetingId, long itemId, int direction) {
    MeetingAccess.requireAgendaOpen(access.locked(meetingId));
    List<AgendaItemView> items = new ArrayList<>(store.items(meetingId));
    int from = indexOf(items, itemId);
    int to = from + Integer.signum(direction);
    if (to >= 0 && to < items.size() && direction != 0) {
      items.add(to, items.remove(from));
      renumber(items);
      audit.record(
          AUDIT_TYPE,
          String.valueOf(meetingId),
          "ITEM_MOVED",
          Map.of("item", itemId, "position", to + 1));
    }
    return store.items(meetingId);
  }

  /** Puts the agenda in this order (every item's id once). */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public List<AgendaItemView> reorder(long meetingId, List<Long> itemIds) {
    MeetingAccess.requireAgendaOpen(access.locked(meetingId));
    List<AgendaItemView> items = store.items(meetingId);
    List<Long> current = items.stream().map(AgendaItemView::id).sorted().toList();
    if (itemIds == null || !itemIds.stream().sorted().toList().equals(current)) {
      throw new RuleViolation("itemIds", "committee.agenda.reorder.items");
    }
    for (int i = 0; i < itemIds.size(); i++) {
      store.position(itemIds.get(i), i + 1);
    }
    audit.record(
        AUDIT_TYPE, String.valueOf(meetingId), "REORDERED", Map.of("order", itemIds.toString()));
    return store.items(meetingId);
  }

  /** Takes an item off the agenda before the meeting. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public void removeItem(long meetingId, long itemId) {
    MeetingAccess.requireAgendaOpen(access.locked(meetingId));
    AgendaItemView item = access.item(meetingId, itemId);
    store.deleteItem(itemId);
    store.renumber(meetingId);
    audit.record(
        AUDIT_TYPE, String.valueOf(meetingId), "ITEM_REMOVED", Map.of("title", item.title()));
  }

  /** Attaches a PDF paper to an item; restricted papers are hidden from recused members. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public PaperView uploadPaper(
      long meetingId, long itemId, String filename, byte[] content, boolean restricted) {
    MeetingView meeting = access.locked(meetingId);
    if (meeting.minutesLocked() || meeting.status() == MeetingStatus.CANCELLED) {
      throw new StateConflict("committee.meeting.locked", meeting.number());
    }
    access.item(meetingId, itemId);
    if (content == null || content.length == 0 || content.length > MAX_PAPER_BYTES) {
      throw new RuleViolation("file", "committee.paper.size");
    }
    if (!FileSignature.PDF.matches(content)) {
      throw new RuleViolation("file", "committee.paper.pdf");
    }
    String name = FileName.clean(filename, "paper.pdf");
    long id = store.addPaper(itemId, name, restricted, content, CurrentUser.current().username());
    audit.record(
        AUDIT_TYPE,
        String.valueOf(meetingId),
        "PAPER_UPLOADED",
        Map.of("item", itemId, "filename", name, "restricted", restricted));
    return papers(meetingId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
  }

  /**
   * The papers the current user may read: restricted ones of items they are recused from are not.
   */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<PaperView> papers(long meetingId) {
    MeetingView meeting = access.meeting(meetingId);
    boolean officer = MeetingAccess.isOfficer(CurrentUser.current());
    var member = access.memberAt(meeting);
    return store.papers(meetingId).stream()
        .filter(
            p ->
                officer
                    || !p.restricted()
                    || member.map(m -> !access.recused(p.itemId(), m.id())).orElse(true))
        .toList();
  }

  /** A paper's content; a restricted paper of an item the member is recused from is not found. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public PaperContent paper(long meetingId, long paperId) {
    MeetingStore.Paper paper =
        store
            .paper(paperId)
            .filter(p -> p.meetingId() == meetingId)
            .orElseThrow(() -> new NotFoundException("Paper", paperId));
    if (paper.restricted()) {
      MeetingView meeting = access.meeting(meetingId);
      access.requireRestrictedAccess(meeting, access.item(meetingId, paper.itemId()));
    }
    return new PaperContent(paper.filename(), paper.content());
  }

  /** Records a member's attendance; the member must be sitting on the meeting's date. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public List<AttendanceView> recordAttendance(
      long meetingId, long memberId, AttendanceStatus status) {
    MeetingView meeting = access.locked(meetingId);
    if (meeting.status() == MeetingStatus.CANCELLED
        || meeting.status() == MeetingStatus.MINUTES_CONFIRMED) {
      throw new StateConflict("committee.meeting.locked", meeting.number());
    }
    MemberView member =
        members
            .find(memberId)
            .filter(m -> m.sittingOn(meeting.date()))
            .orElseThrow(() -> new RuleViolation("memberId", "committee.member.not-sitting"));
    if (status == null) {
      throw new RuleViolation("status", "committee.attendance.status");
    }
    store.attendance(meetingId, memberId, status);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(meetingId),
        "ATTENDANCE",
        Map.of("member", member.displayName(), "status", status.name()));
    return store.attendance(meetingId);
  }

  /** Attendance as recorded. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<AttendanceView> attendance(long meetingId) {
    access.meeting(meetingId);
    return store.attendance(meetingId);
  }

  private MeetingView move(long meetingId, MeetingStatus next) {
    MeetingView meeting = access.locked(meetingId);
    MeetingAccess.move(meeting, next);
    store.status(meetingId, next);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(meetingId),
        next.name(),
        Map.of("status", List.of(meeting.status().name(), next.name())));
    return access.meeting(meetingId);
  }

  private void renumber(List<AgendaItemView> items) {
    for (int i = 0; i < items.size(); i++) {
      store.position(items.get(i).id(), i + 1);
    }
  }

  private static int indexOf(List<AgendaItemView> items, long itemId) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id() == itemId) {
        return i;
      }
    }
    throw new NotFoundException("Agenda item", itemId);
  }

  /**
   * Whether a meeting's online link is an https address with a host: members click it, so {@code
   * javascript:}, {@code data:}, plain {@code http:} and the like are refused.
   */
  static boolean httpsLink(String link) {
    try {
      java.net.URI uri = new java.net.URI(link.strip());
      return "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && uri.getUserInfo() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
