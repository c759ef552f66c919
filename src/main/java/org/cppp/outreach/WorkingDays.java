package org.cppp.outreach;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts working days (Monday to Friday) between two dates. */
final class WorkingDays {

  private WorkingDays() {}

  /** Working days after {@code from} up to and including {@code to}; 0 when to is not later. */
  static long between(LocalDate from, LocalDate to) {
    long days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }
}
