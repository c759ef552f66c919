package org.cppp.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A membership to appoint (or the new state of one): the user must hold the COMMITTEE role.
 *
 * @param linkedFactories BR numbers of factories the member is linked with
 * @param linkedProviders codes of providers the member is linked with
 */
public record NewMember(
    @NotBlank @Size(max = 60) String username,
    @NotBlank String organisationCode,
    @NotNull Position position,
    @NotNull LocalDate termFrom,
    @NotNull LocalDate termTo,
    List<String> linkedFactories,
    List<String> linkedProviders) {

  public NewMember {
    linkedFactories = clean(linkedFactories);
    linkedProviders = clean(linkedProviders);
  }

  private static List<String> clean(List<String> keys) {
    return keys == null
        ? List.of()
        : keys.stream()
            .filter(k -> k != null && !k.isBlank())
            .map(String::trim)
            .distinct()
            .toList();
  }
}
