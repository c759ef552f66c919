package org.cppp.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A quality check of a provider's work as HKPC records it; the officer is the current user. */
public record QualityCheckDetails(
    @NotNull LocalDate checkedOn,
    @NotBlank @Size(max = 4000) String finding,
    @NotNull QualityRating rating) {}
