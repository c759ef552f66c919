package org.cppp.provider;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A provider's register data as an officer enters it. {@code code} is required to register and
 * cannot change afterwards (on update it may be left out); the GDEIC registration is required for
 * PRD-based providers.
 */
public record ProviderDetails(
    @Pattern(regexp = "[A-Za-z0-9-]{2,20}", message = "{provider.code.pattern}") String code,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 200) String nameZh,
    @NotNull ProviderBase base,
    @NotEmpty Set<Specialism> specialisms,
    @NotBlank @Size(max = 120) String contactPerson,
    @NotBlank @Pattern(regexp = "[0-9+() -]{6,30}", message = "{provider.phone.pattern}")
        String contactPhone,
    @NotBlank @Email @Size(max = 200) String contactEmail,
    @NotNull LocalDate joinedOn,
    @Size(max = 60) String gdeicRegistrationNo,
    LocalDate gdeicValidUntil) {

  public ProviderDetails {
    specialisms = specialisms == null ? Set.of() : Set.copyOf(specialisms);
  }
}
