package org.cppp.verification;

import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;

/** Who adds emission factor and tariff versions: officers and admins. */
final class RateEditors {

  static final String ROLES = "hasAnyRole('OFFICER','ADMIN')";

  /** Whoever reads cases reads the rates their results use. */
  static final String READERS = VerificationCases.READERS;

  private RateEditors() {}

  static boolean mayAdd(CurrentUser user) {
    return user.hasAny(Role.OFFICER, Role.ADMIN);
  }
}
