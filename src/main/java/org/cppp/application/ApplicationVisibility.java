package org.cppp.application;

import org.cppp.identity.CurrentUser;

/**
 * Lets another module withhold an application from a user the role rules would let see it: a
 * committee member who declared an interest in it is recused and no longer sees its papers.
 */
public interface ApplicationVisibility {

  /** Whether this user must not see the application with this reference. */
  boolean hides(String reference, CurrentUser user);
}
