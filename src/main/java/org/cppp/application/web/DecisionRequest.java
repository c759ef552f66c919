package org.cppp.application.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /api/applications/{ref}/approve|reject|defer}. */
record DecisionRequest(
    @NotNull LocalDate decidedOn,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal approvedAmountHkd,
    @Size(max = 5000) String note) {}
