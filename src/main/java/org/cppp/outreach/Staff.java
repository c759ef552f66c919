package org.cppp.outreach;

import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;

/** Who among the current users are programme staff for outreach purposes. */
final class Staff {

  private Staff() {}

  static boolean isCurrentUser() {
    return CurrentUser.current().hasAny(Role.OFFICER, Role.ADMIN, Role.EPD, Role.QA);
  }
}
