package org.cppp.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits at a meeting, through its {@link Meeting} aggregate: officers record attendance; members
 * declare their interests on its items. A declared interest recuses the member from the item (its
 * restricted material, its decision and its quorum) and cannot be withdrawn. Audited as the
 * meeting's changes (subject type {@value Meetings#AUDIT_TYPE}).
 */
@Service
@Transactional
public class MeetingAttendance {

  private final MeetingRecords records;
  private final MeetingStore store;
  private final MemberStore members;
  private final ConflictFinder conflicts;
  private final Clock clock;

  MeetingAttendance(
      MeetingRecords records,
      MeetingStore store,
      MemberStore members,
      ConflictFinder conflicts,
      Clock clock) {
    this.records = records;
    this.store = store;
    this.members = members;
    this.conflicts = conflicts;
    this.clock = clock;
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
    Meeting meeting = records.locked(meetingId);
    MemberView member = records.sittingMember(meeting);
    meeting.declare(itemId, member, interest, nature, clock.instant());
    String title = meeting.item(itemId).title();
    String text = interest ? nature.trim() : "";
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("member", member.displayName());
    values.put("item", title);
    values.put("interest", interest);
    values.put("nature", text);
    records.save(meeting, "DECLARED", values);
    return store.declaration(itemId, member.id()).orElseThrow();
  }

  /**
   * The current member declares no interest, in one step, in every item still to be decided that
   * they have not declared on: first the exceptions (an interest, item by item), then this. Returns
   * the declarations made.
   */
  @PreAuthorize(CommitteePolicy.MEMBER)
  public List<DeclarationView> declareNoInterestInOthers(long meetingId) {
    Meeting meeting = records.locked(meetingId);
    MemberView member = records.sittingMember(meeting);
    List<AgendaItem> rest = meeting.deliberation().declareNoInterest(member, clock.instant());
    if (!rest.isEmpty()) {
      records.save(
          meeting,
          "DECLARED_NO_INTEREST",
          Map.of(
              "member",
              member.displayName(),
              "items",
              rest.stream().map(AgendaItem::title).toList().toString()));
    }
    return rest.stream().map(i -> store.declaration(i.id(), member.id()).orElseThrow()).toList();
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
    return records.declarationsDue(LocalDate.now(clock), CurrentUser.current());
  }
}
