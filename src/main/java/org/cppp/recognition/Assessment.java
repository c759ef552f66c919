package org.cppp.recognition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An officer's assessment: a score (0-100), comments and the outcome (with a grade if recognised).
 */
public record Assessment(
    @NotNull @Min(0) @Max(100) Integer score,
    @Size(max = 2000) String comments,
    @NotNull Outcome outcome,
    @Size(max = 40) String grade) {}
