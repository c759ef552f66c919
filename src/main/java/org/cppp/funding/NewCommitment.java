package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A further government commitment to a budget account: money, a later end of the account's period,
 * or both.
 *
 * @param amountHkd budget added; {@code null}: none (then {@code extendsTo} is required)
 * @param effectiveOn when the money is available; required with an amount
 * @param extendsTo the period's new end; {@code null}: the period stays
 * @param note why; required when the period is extended
 */
public record NewCommitment(
    BigDecimal amountHkd, LocalDate effectiveOn, LocalDate extendsTo, String note) {}
