package org.cppp.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A removal or reinstatement: the date it takes effect and why. */
public record StatusChange(@NotNull LocalDate on, @NotBlank @Size(max = 500) String reason) {}
