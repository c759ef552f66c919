package org.cppp.committee;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's minutes: drafted from the recorded data, edited by the secretary or an officer,
 * confirmed at a later meeting, and locked from then on (any change is a 409).
 */
@Service
@Transactional
public class Minutes {

  private static final int MAX_TEXT = 100_000;

  private final MeetingStore store;
  private final MeetingAccess access;
  private final MinutesWriter writer;
  private final AuditTrail audit;

  Minutes(MeetingStore store, MeetingAccess access, MinutesWriter writer, AuditTrail audit) {
    this.store = store;
    this.access = access;
    this.writer = writer;
    this.audit = audit;
  }

  /** Drafts the minutes of a held meeting from its records, in the given language. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public MeetingView draft(long meetingId, Locale locale) {
    MeetingView meeting = access.locked(meetingId);
    MeetingAccess.move(meeting, MeetingStatus.MINUTES_DRAFTED);
    store.minutes(meetingId, writer.draft(meeting, locale));
    store.status(meetingId, MeetingStatus.MINUTES_DRAFTED);
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(meetingId),
        "MINUTES_DRAFTED",
        Map.of("status", List.of(meeting.status().name(), MeetingStatus.MINUTES_DRAFTED.name())));
    return access.meeting(meetingId);
  }

  /** Replaces the draft minutes' text: the secretary or an officer; refused once confirmed. */
  @PreAuthorize("hasAnyRole('OFFICER','ADMIN','COMMITTEE')")
  public MeetingView edit(long meetingId, String text) {
    MeetingView meeting = access.locked(meetingId);
    requireEditor(meeting);
    if (meeting.minutesLocked()) {
      throw new StateConflict("committee.minutes.locked", meeting.number());
    }
    if (meeting.status() != MeetingStatus.MINUTES_DRAFTED) {
      throw new StateConflict("committee.minutes.not-drafted", meeting.number());
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new RuleViolation("minutesText", "committee.minutes.text.invalid");
    }
    store.minutes(meetingId, text);
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(meetingId),
        "MINUTES_EDITED",
        Changes.between(
            Map.of("length", meeting.minutesText().length()), Map.of("length", text.length())));
    return access.meeting(meetingId);
  }

  /**
   * Records that a later, held meeting confirmed the drafted minutes of an earlier one; the earlier
   * minutes are locked from then on.
   */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public MeetingView confirm(long earlierMeetingId, long confirmingMeetingId) {
    MeetingView earlier = access.locked(earlierMeetingId);
    MeetingView later = access.meeting(confirmingMeetingId);
    if (!later.date().isAfter(earlier.date())) {
      throw new RuleViolation("confirmingMeetingId", "committee.minutes.confirm-later");
    }
    if (later.status() == MeetingStatus.SCHEDULED
        || later.status() == MeetingStatus.CIRCULATED
        || later.status() == MeetingStatus.CANCELLED) {
      throw new StateConflict("committee.minutes.confirming-not-held", later.number());
    }
    if (earlier.minutesLocked()) {
      throw new StateConflict("committee.minutes.locked", earlier.number());
    }
    MeetingAccess.move(earlier, MeetingStatus.MINUTES_CONFIRMED);
    store.confirmed(earlierMeetingId, confirmingMeetingId, later.date());
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(earlierMeetingId),
        "MINUTES_CONFIRMED",
        Map.of("by", later.number(), "on", later.date().toString()));
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(confirmingMeetingId),
        "CONFIRMED_MINUTES_OF",
        Map.of("meeting", earlier.number()));
    return access.meeting(earlierMeetingId);
  }

  /** Whether the current user may edit this meeting's minutes (an officer or its secretary). */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public boolean mayEdit(long meetingId) {
    MeetingView meeting = access.meeting(meetingId);
    return MeetingAccess.isOfficer(CurrentUser.current())
        || access.memberAt(meeting).map(m -> m.position() == Position.SECRETARY).orElse(false);
  }

  private void requireEditor(MeetingView meeting) {
    boolean secretary =
        access.memberAt(meeting).map(m -> m.position() == Position.SECRETARY).orElse(false);
    if (!MeetingAccess.isOfficer(CurrentUser.current()) && !secretary) {
      throw new AccessDeniedException("only the secretary or an officer edits minutes");
    }
  }
}
