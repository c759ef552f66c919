package org.cppp.committee;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee membership: one user's term for one organisation in one position, with the factories
 * (BR numbers) and providers (codes) the member has declared links with.
 */
public record MemberView(
    long id,
    String username,
    String displayName,
    String organisationCode,
    Position position,
    LocalDate termFrom,
    LocalDate termTo,
    List<String> linkedFactories,
    List<String> linkedProviders) {

  public MemberView {
    linkedFactories = List.copyOf(linkedFactories);
    linkedProviders = List.copyOf(linkedProviders);
  }

  /** Whether the term covers this date. */
  public boolean sittingOn(LocalDate date) {
    return !date.isBefore(termFrom) && !date.isAfter(termTo);
  }
}
