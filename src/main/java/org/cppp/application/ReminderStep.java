package org.cppp.application;

/** One step of the reminder schedule: remind this many days before a deadline of this kind. */
public record ReminderStep(DeadlineKind deadline, int daysBefore) {

  /** The step's name in the record of notices sent, e.g. {@code REMINDER_30}. */
  String notice() {
    return "REMINDER_" + daysBefore;
  }
}
