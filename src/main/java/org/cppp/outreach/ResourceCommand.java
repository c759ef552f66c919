package org.cppp.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A downloadable resource's titles in the three languages. */
public record ResourceCommand(
    @NotBlank @Size(max = 300) String titleEn,
    @NotBlank @Size(max = 300) String titleZhHk,
    @NotBlank @Size(max = 300) String titleZhCn,
    boolean published) {}
