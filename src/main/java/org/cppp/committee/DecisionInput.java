package org.cppp.committee;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A decision to record.
 *
 * @param approvedAmountHkd for approvals, at most the rules' share; {@code null} means the share
 * @param note conditions of an approval (optional), reasons of a rejection or the request of a
 *     deferral (both required)
 */
public record DecisionInput(
    @NotNull Outcome outcome,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal approvedAmountHkd,
    @Size(max = 5000) String note) {}
