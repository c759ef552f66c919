package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a budget account's period.
 *
 * @param reason why this version was recorded; for the opening one the fixed {@code Account
 *     opened}, which pages show in the reader's language ({@link #opening()})
 * @param addedHkd the budget added with this version; {@code null}: an extension of time only
 */
public record BudgetPeriodView(
    String account,
    int version,
    LocalDate periodFrom,
    LocalDate periodTo,
    String reason,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal addedHkd,
    String actor,
    Instant recordedAt) {

  /** Whether this is the period as the account was opened (its reason is then a fixed text). */
  public boolean opening() {
    return version == 1;
  }
}
