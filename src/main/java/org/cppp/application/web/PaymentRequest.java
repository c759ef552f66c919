package org.cppp.application.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim paid against completed work. */
record PaymentRequest(
    @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amountHkd,
    @NotBlank @Size(max = 100) String invoiceRef,
    LocalDate paidOn) {}
