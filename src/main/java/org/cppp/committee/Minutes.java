package org.cppp.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;

/**
 * A meeting's minutes, part of {@link Meeting}: their text, and the later meeting that confirmed
 * them. The meeting moves its status; this keeps the rules of the text and of its confirmation.
 */
@Embeddable
class Minutes {

  @Column(name = "minutes_text")
  private String text;

  @Column(name = "minutes_confirmed_by")
  private Long confirmedBy;

  @Column(name = "minutes_confirmed_on")
  private LocalDate confirmedOn;

  protected Minutes() {}

  static Minutes none() {
    Minutes minutes = new Minutes();
    minutes.text = "";
    return minutes;
  }

  void draft(String text) {
    this.text = text;
  }

  /**
   * Replaces the drafted text of the meeting's minutes, not once they are confirmed: not blank nor
   * longer than {@code maxLength}; returns the old length.
   */
  int edit(Meeting meeting, String text, int maxLength) {
    if (meeting.status().minutesLocked()) {
      throw new StateConflict("committee.minutes.locked", meeting.number());
    }
    if (!meeting.status().minutesDrafted()) {
      throw new StateConflict("committee.minutes.not-drafted", meeting.number());
    }
    if (text == null || text.isBlank() || text.length() > maxLength) {
      throw new RuleViolation("minutesText", "committee.minutes.text.invalid");
    }
    int before = this.text.length();
    this.text = text;
    return before;
  }

  /** Refuses a confirmation by a meeting not later or not held, or of minutes already locked. */
  void requireConfirmable(Meeting meeting, Meeting later) {
    if (!later.date().isAfter(meeting.date())) {
      throw new RuleViolation("confirmingMeetingId", "committee.minutes.confirm-later");
    }
    if (!later.status().held()) {
      throw new StateConflict("committee.minutes.confirming-not-held", later.number());
    }
    if (meeting.status().minutesLocked()) {
      throw new StateConflict("committee.minutes.locked", meeting.number());
    }
  }

  void confirmedBy(Long meetingId, LocalDate on) {
    this.confirmedBy = meetingId;
    this.confirmedOn = on;
  }

  String text() {
    return text;
  }

  Long confirmedBy() {
    return confirmedBy;
  }

  LocalDate confirmedOn() {
    return confirmedOn;
  }
}
