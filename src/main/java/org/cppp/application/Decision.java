package org.cppp.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A committee decision on an application, recorded only under a {@link DecisionAuthority}.
 *
 * @param outcome approved, rejected or deferred
 * @param decidedOn the meeting's (or circulation's) date: the decision's date in every report;
 *     never in the future, never before the application was submitted
 * @param approvedAmountHkd for approvals, at most the rules' share; {@code null} means the share
 * @param note conditions of an approval, reasons of a rejection, the request of a deferral
 * @param authority the meeting item, circulation or delegated authority it is recorded under
 */
public record Decision(
    @NotNull DecisionOutcome outcome,
    @NotNull LocalDate decidedOn,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal approvedAmountHkd,
    @Size(max = 5000) String note,
    DecisionAuthority authority) {}
