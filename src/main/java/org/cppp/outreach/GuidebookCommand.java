package org.cppp.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A guidebook to create or its new state; {@code publishedOn} is required once published. */
public record GuidebookCommand(
    @NotBlank @Size(max = 300) String titleEn,
    @NotBlank @Size(max = 300) String titleZhHk,
    @NotBlank @Size(max = 300) String titleZhCn,
    @NotNull GuidebookKind kind,
    @NotBlank @Size(max = 200) String topic,
    @NotNull GuidebookStatus status,
    LocalDate publishedOn) {}
