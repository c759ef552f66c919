package org.cppp.committee;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting stands: scheduled, papers circulated, held, minutes drafted, minutes confirmed
 * (locked); or cancelled before it was held.
 */
public enum MeetingStatus {
  SCHEDULED,
  CIRCULATED,
  HELD,
  MINUTES_DRAFTED,
  MINUTES_CONFIRMED,
  CANCELLED;

  /** Whether a meeting in this status may move to {@code next}. */
  public boolean canTransitionTo(MeetingStatus next) {
    return next(this).contains(next);
  }

  /** Whether its agenda may still change (before the meeting is held). */
  public boolean agendaOpen() {
    return this == SCHEDULED || this == CIRCULATED;
  }

  /** Whether the meeting has been held: its attendance, and so its quorum, are then final. */
  public boolean held() {
    return this == HELD || this == MINUTES_DRAFTED || this == MINUTES_CONFIRMED;
  }

  /** Whether decisions may be recorded (the meeting is held, minutes not yet drafted). */
  public boolean recordsDecisions() {
    return this == HELD;
  }

  private static Set<MeetingStatus> next(MeetingStatus status) {
    return switch (status) {
      case SCHEDULED -> EnumSet.of(CIRCULATED, HELD, CANCELLED);
      case CIRCULATED -> EnumSet.of(HELD, CANCELLED);
      case HELD -> EnumSet.of(MINUTES_DRAFTED);
      case MINUTES_DRAFTED -> EnumSet.of(MINUTES_CONFIRMED);
      case MINUTES_CONFIRMED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
    };
  }
}
