package org.cppp.recognition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A cycle to create. Empty {@code categories} means every category; empty {@code grades} every
 * grade effective in {@code year}.
 */
public record NewCycle(
    @NotNull @Min(2009) @Max(2999) Integer year,
    @NotBlank @Size(max = 200) String title,
    @NotNull LocalDate nominationsOpen,
    @NotNull LocalDate nominationsClose,
    List<@NotBlank String> categories,
    List<@NotBlank String> grades) {}
