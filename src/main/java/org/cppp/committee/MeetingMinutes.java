package org.cppp.committee;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's minutes, through the {@link Meeting} aggregate: drafted from the recorded data,
 * edited by the secretary or an officer, confirmed at a later meeting, and locked from then on.
 * Audited as the meeting's changes (subject type {@value Meetings#AUDIT_TYPE}).
 */
@Service
@Transactional
public class MeetingMinutes {

  private static final int MAX_MINUTES = 100_000;

  private final MeetingRecords records;
  private final CommitteePolicy policy;
  private final AuditTrail audit;

  MeetingMinutes(MeetingRecords records, CommitteePolicy policy, AuditTrail audit) {
    this.records = records;
    this.policy = policy;
    this.audit = audit;
  }

  /** Drafts the minutes of a held meeting from its records, in the given language. */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView draft(long meetingId, Locale locale) {
    Meeting meeting = records.locked(meetingId);
    MeetingStatus from = meeting.draftMinutes(records.minutesText(meeting, locale));
    records.save(
        meeting,
        "MINUTES_DRAFTED",
        Map.of("status", List.of(from.name(), MeetingStatus.MINUTES_DRAFTED.name())));
    return meeting.view();
  }

  /** Replaces the draft minutes' text: the secretary or an officer; refused once confirmed. */
  @PreAuthorize(CommitteePolicy.EDIT_MINUTES)
  public MeetingView edit(long meetingId, String text) {
    Meeting meeting = records.locked(meetingId);
    if (!policy.mayEditMinutes(CurrentUser.current(), records.me(meeting))) {
      throw new AccessDeniedException("only the secretary or an officer edits minutes");
    }
    int before = meeting.editMinutes(text, MAX_MINUTES);
    records.save(
        meeting,
        "MINUTES_EDITED",
        Changes.between(Map.of("length", before), Map.of("length", text.length())));
    return meeting.view();
  }

  /**
   * Records that a later, held meeting confirmed the drafted minutes of an earlier one; the earlier
   * minutes are locked from then on.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public MeetingView confirm(long earlierMeetingId, long confirmingMeetingId) {
    Meeting earlier = records.locked(earlierMeetingId);
    Meeting later = records.meeting(confirmingMeetingId);
    earlier.confirmMinutes(later);
    records.save(
        earlier, "MINUTES_CONFIRMED", Map.of("by", later.number(), "on", later.date().toString()));
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(confirmingMeetingId),
        "CONFIRMED_MINUTES_OF",
        Map.of("meeting", earlier.number()));
    return earlier.view();
  }

  /** Whether the current user may edit this meeting's minutes (an officer or its secretary). */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public boolean mayEdit(long meetingId) {
    Meeting meeting = records.meeting(meetingId);
    return policy.mayEditMinutes(CurrentUser.current(), records.me(meeting));
  }
}
