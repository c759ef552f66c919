package org.cppp.identity;

import java.util.Set;

/** What a user may do in the programme. */
public enum Role {
  /** A factory's owner or staff; bound to one factory. */
  APPLICANT,
  /** An ET service provider's staff; bound to one provider. */
  PROVIDER,
  /** HKPC programme management team. */
  OFFICER,
  /** HKPC programme quality assurance team. */
  QA,
  /** A Project Management Committee member. */
  COMMITTEE,
  /** EPD officer: read-only oversight. */
  EPD,
  /** System administrator. */
  ADMIN;

  /** Applicants are bound to a factory, providers' staff to a provider. */
  public boolean needsFactory() {
    return this == APPLICANT;
  }

  public boolean needsProvider() {
    return this == PROVIDER;
  }

  public String authority() {
    return "ROLE_" + name();
  }

  /** Names (no {@code ROLE_} prefix) of these roles, sorted: for URL rules and navigation. */
  public static String[] names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toArray(String[]::new);
  }

  /** Whether a user with these role names (no {@code ROLE_} prefix) holds any of these roles. */
  public static boolean anyNamed(Set<String> names, Set<Role> roles) {
    return roles.stream().anyMatch(r -> names.contains(r.name()));
  }
}
