package org.cppp.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cppp.shared.TechnologyCategory;

/** A success story of a completed demonstration project, in three languages. */
public record StoryCommand(
    @NotBlank
        @Size(max = 30)
        @Pattern(regexp = "[A-Za-z0-9-]+", message = "{outreach.applicationRef.pattern}")
        String applicationRef,
    @NotNull TechnologyCategory category,
    @NotBlank @Size(max = 300) String titleEn,
    @NotBlank @Size(max = 300) String titleZhHk,
    @NotBlank @Size(max = 300) String titleZhCn,
    @NotBlank @Size(max = 20000) String textEn,
    @NotBlank @Size(max = 20000) String textZhHk,
    @NotBlank @Size(max = 20000) String textZhCn,
    @Size(max = 5000) String results,
    boolean published) {}
