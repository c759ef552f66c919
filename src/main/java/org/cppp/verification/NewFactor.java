package org.cppp.verification;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new emission factor version, with the published source it comes from. A correction of a version
 * is a new one with the same pollutant, carrier, region and date.
 */
public record NewFactor(
    @NotNull Pollutant pollutant,
    @NotNull Carrier carrier,
    @NotNull Region region,
    @NotNull LocalDate validFrom,
    @NotNull @DecimalMin("0") BigDecimal value,
    @NotBlank @Size(max = 20) String unit,
    @NotBlank @Size(max = 2000) String source) {}
