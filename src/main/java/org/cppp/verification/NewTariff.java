package org.cppp.verification;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new tariff version: HK$ per unit of the carrier, in a region, from a date. */
public record NewTariff(
    @NotNull Carrier carrier,
    @NotNull Region region,
    @NotNull LocalDate validFrom,
    @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 4) BigDecimal priceHkd,
    @NotBlank @Size(max = 2000) String source) {}
