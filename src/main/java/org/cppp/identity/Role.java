package org.cppp.identity;

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
}
