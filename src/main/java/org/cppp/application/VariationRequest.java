package org.cppp.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A factory's request to vary its approved work: the kind, why, and the new value in the field the
 * kind names ({@link VariationKind#field()}); the other new values stay empty.
 */
public record VariationRequest(
    @NotNull VariationKind kind,
    @Size(max = 2000) String reason,
    LocalDate newDueOn,
    @Size(max = 40) String newProviderCode,
    @Size(max = 10000) String newScope,
    @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal newTotalCostHkd) {}
