package org.cppp.provider;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's place on the list over time: when it joined, and its removals and reinstatements in
 * the order they took effect. Answers "was it on the list at D?" for reports.
 */
record RegisterTimeline(ProviderBase base, LocalDate joinedOn, List<Change> changes) {

  RegisterTimeline {
    changes = List.copyOf(changes);
  }

  /** On the list at {@code date}: joined by then, and not removed as at then. */
  boolean registeredAt(LocalDate date) {
    if (joinedOn.isAfter(date)) {
      return false;
    }
    HistoryAction last = null;
    for (Change change : changes) {
      if (!change.effectiveOn().isAfter(date)) {
        last = change.action();
      }
    }
    return last != HistoryAction.REMOVED;
  }

  boolean joinedBetween(LocalDate from, LocalDate to) {
    return within(joinedOn, from, to);
  }

  long removalsBetween(LocalDate from, LocalDate to) {
    return changes.stream()
        .filter(c -> c.action() == HistoryAction.REMOVED && within(c.effectiveOn(), from, to))
        .count();
  }

  private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** A removal or reinstatement taking effect on a date. */
  record Change(HistoryAction action, LocalDate effectiveOn) {}
}
