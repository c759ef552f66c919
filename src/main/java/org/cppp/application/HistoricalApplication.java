package org.cppp.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.funding.Scheme;
import org.cppp.shared.TechnologyCategory;

/**
 * An application decided before CPPP ran the programme (legacy spreadsheets, the demo), recorded in
 * its final state with the dates it really had.
 *
 * @param status one of SUBMITTED, APPROVED, REJECTED, WITHDRAWN, COMPLETED
 * @param decidedOn the committee's decision date; required unless SUBMITTED (or WITHDRAWN before a
 *     decision)
 */
public record HistoricalApplication(
    @NotBlank @Size(max = 20) String reference,
    @NotNull Scheme scheme,
    @NotBlank @Pattern(regexp = "\\d{8}") String factoryBr,
    @Size(max = 20) String providerCode,
    @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal totalCostHkd,
    @NotNull LocalDate submittedOn,
    @NotNull ApplicationStatus status,
    LocalDate decidedOn,
    TechnologyCategory technology,
    @Size(max = 200) String title) {}
