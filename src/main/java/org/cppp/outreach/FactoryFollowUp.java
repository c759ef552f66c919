package org.cppp.outreach;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a factory applied for funding after a date. The applications module implements it; until
 * then {@link #NONE} answers that nobody applied.
 */
public interface FactoryFollowUp {

  FactoryFollowUp NONE = (br, date) -> Optional.empty();

  /** The date of the factory's first funding application after {@code date}, if any. */
  Optional<LocalDate> firstApplicationAfter(String factoryBr, LocalDate date);
}
