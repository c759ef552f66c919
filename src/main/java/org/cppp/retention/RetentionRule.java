package org.cppp.retention;

import java.time.Instant;

/**
 * How long one kind of record keeps its personal data.
 *
 * @param kind the kind of record, e.g. {@code ENQUIRY}
 * @param periodMonths months after the counted-from date before it is anonymised
 * @param countedFrom the date counted from ({@code RECEIVED}, {@code REGISTERED}, {@code DECIDED},
 *     {@code OCCURRED})
 * @param action {@code ANONYMISE} (personal fields replaced by a marker) or {@code DELETE_CONTENT}
 *     (a file's content deleted)
 * @param updatedBy who last changed the period
 * @param updatedAt when
 */
public record RetentionRule(
    String kind,
    int periodMonths,
    String countedFrom,
    String action,
    String updatedBy,
    Instant updatedAt) {

  /** Fewest and most months a period may have. */
  static final int MIN_MONTHS = 1;

  static final int MAX_MONTHS = 1200;
}
