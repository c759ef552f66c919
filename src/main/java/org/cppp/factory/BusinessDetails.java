package org.cppp.factory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cppp.shared.ApplicantKind;

/**
 * A Hong Kong business or association to register. {@code nonProfit} must be true for a trade
 * association; {@code pollutingProcesses} is required for a workshop; {@code registeredOn} defaults
 * to today.
 */
public record BusinessDetails(
    @Pattern(regexp = "[0-9]{8}", message = "{factory.brNumber.format}") String brNumber,
    @NotBlank @Size(max = 200) String nameEn,
    @Size(max = 200) String nameZh,
    @NotNull ApplicantKind kind,
    Boolean nonProfit,
    @Size(max = 400) String pollutingProcesses,
    LocalDate registeredOn) {}
