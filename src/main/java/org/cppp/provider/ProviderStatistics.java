package org.cppp.provider;

import java.time.LocalDate;
import java.util.Map;

/**
 * The register's figures for a report: providers that joined and removals in a period, and the
 * providers on the list as at a date, in total and by base.
 *
 * @param removedInPeriod removals (history entries) effective in the period
 * @param registeredAtByBase every base, with zero where none
 */
public record ProviderStatistics(
    LocalDate from,
    LocalDate to,
    LocalDate asAt,
    long joinedInPeriod,
    long removedInPeriod,
    long registeredAt,
    Map<ProviderBase, Long> registeredAtByBase) {

  public ProviderStatistics {
    registeredAtByBase = Map.copyOf(registeredAtByBase);
  }
}
