package org.cppp.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One piece of evidence for a nomination, e.g. type {@code COMPLETED_ASSESSMENTS}, description
 * {@code 3 on-site assessments completed 2010-2011}, reference {@code CPPP-A-1234}.
 */
public record EvidenceItem(
    @NotBlank @Size(max = 40) String type,
    @NotBlank @Size(max = 500) String description,
    @Size(max = 200) String reference) {}
