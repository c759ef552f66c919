package org.cppp.provider;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.cppp.shared.RuleViolation;

/** Counts joins, removals and providers on the list from the providers' timelines. */
final class RegisterStatistics {

  private RegisterStatistics() {}

  static ProviderStatistics of(
      Collection<RegisterTimeline> timelines, LocalDate from, LocalDate to, LocalDate asAt) {
    if (from == null || to == null || asAt == null) {
      throw new RuleViolation(
          from == null ? "from" : to == null ? "to" : "asAt", "provider.date.required");
    }
    if (to.isBefore(from)) {
      throw new RuleViolation("to", "provider.period.reversed");
    }
    Map<ProviderBase, Long> byBase = new EnumMap<>(ProviderBase.class);
    for (ProviderBase base : ProviderBase.values()) {
      byBase.put(base, 0L);
    }
    long joined = 0;
    long removed = 0;
    for (RegisterTimeline timeline : timelines) {
      joined += timeline.joinedBetween(from, to) ? 1 : 0;
      removed += timeline.removalsBetween(from, to);
      if (timeline.registeredAt(asAt)) {
        byBase.merge(timeline.base(), 1L, Long::sum);
      }
    }
    long total = byBase.values().stream().mapToLong(Long::longValue).sum();
    return new ProviderStatistics(from, to, asAt, joined, removed, total, byBase);
  }
}
