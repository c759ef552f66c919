package org.cppp.committee;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a meeting stands: scheduled, papers circulated, held, minutes drafted, minutes confirmed
 * (locked); or cancelled before it was held. Every question about what a meeting in a status allows
 * is answered here, once: the aggregate, the queries and the templates ask.
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

  /**
   * Whether the meeting has been held: its attendance, and so its quorum, are then final; it has
   * minutes (or will have), and may confirm an earlier meeting's.
   */
  public boolean held() {
    return this == HELD || this == MINUTES_DRAFTED || this == MINUTES_CONFIRMED;
  }

  /** Whether decisions (and resolutions) may be recorded: held, minutes not yet drafted. */
  public boolean recordsDecisions() {
    return this == HELD;
  }

  /** Whether its minutes may be drafted now. */
  public boolean draftsMinutes() {
    return canTransitionTo(MINUTES_DRAFTED);
  }

  /** Whether its minutes are drafted and may be edited or confirmed. */
  public boolean minutesDrafted() {
    return this == MINUTES_DRAFTED;
  }

  /** Whether its minutes exist (drafted or confirmed): a resolution they record is in force. */
  public boolean minuted() {
    return this == MINUTES_DRAFTED || this == MINUTES_CONFIRMED;
  }

  /** Whether its minutes are confirmed, and the meeting's record locked. */
  public boolean minutesLocked() {
    return this == MINUTES_CONFIRMED;
  }

  /** Whether a later meeting may still put the confirmation of its minutes on an agenda. */
  public boolean awaitsConfirmation() {
    return this != CANCELLED && this != MINUTES_CONFIRMED;
  }

  /** Whether papers may be attached and attendance recorded: it is neither locked nor cancelled. */
  public boolean recordOpen() {
    return this != CANCELLED && this != MINUTES_CONFIRMED;
  }

  /** Whether members may still declare interests (until its minutes are drafted). */
  public boolean takesDeclarations() {
    return this != CANCELLED && !minuted();
  }

  /** The statuses answering yes. */
  static Set<MeetingStatus> all(Predicate<MeetingStatus> question) {
    return EnumSet.copyOf(Arrays.stream(values()).filter(question).toList());
  }

  /** The statuses answering yes, by name: for queries. */
  static List<String> where(Predicate<MeetingStatus> question) {
    return Arrays.stream(values()).filter(question).map(Enum::name).toList();
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
