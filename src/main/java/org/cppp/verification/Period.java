package org.cppp.verification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A dated interval, both ends included. */
public record Period(LocalDate from, LocalDate to) {

  /** Days in it, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean contains(Period other) {
    return !other.from.isBefore(from) && !other.to.isAfter(to);
  }

  public boolean overlaps(Period other) {
    return !other.to.isBefore(from) && !other.from.isAfter(to);
  }
}
