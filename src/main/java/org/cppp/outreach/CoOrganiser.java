package org.cppp.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A co-organiser of an activity: a name and what kind of body it is. */
@Embeddable
public record CoOrganiser(
    @NotBlank @Size(max = 200) @Column(name = "name") String name,
    @NotNull @Enumerated(EnumType.STRING) @Column(name = "kind") CoOrganiserKind kind) {}
