package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a budget account's period.
 *
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
    Instant recordedAt) {}
