package org.cppp.outreach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An activity to create or the new state of one. {@code applicationRef} (the completed
 * demonstration project) is what a site visit visited (a visit without it is counted as unlinked)
 * and refused for any other activity; {@code visitors} only for exhibitions; {@code
 * recordedParticipants} for activities recorded after the fact.
 */
public record ActivityCommand(
    @NotNull ActivityType type,
    @NotBlank @Size(max = 200) String titleEn,
    @NotBlank @Size(max = 200) String titleZh,
    @Size(max = 5000) String description,
    @NotNull LocalDate heldOn,
    LocalTime startsAt,
    @NotBlank @Size(max = 20) String city,
    @Size(max = 300) String venue,
    @Valid List<CoOrganiser> coOrganisers,
    @Min(1) Integer capacity,
    boolean registrationOpen,
    boolean published,
    @Min(0) Integer recordedParticipants,
    @Min(0) Integer visitors,
    @Size(max = 30)
        @Pattern(regexp = "[A-Za-z0-9-]*", message = "{outreach.applicationRef.pattern}")
        String applicationRef) {

  public ActivityCommand {
    coOrganisers = coOrganisers == null ? List.of() : List.copyOf(coOrganisers);
  }
}
