package org.cppp.application;

import java.util.Set;
import org.cppp.identity.CurrentUser;

/**
 * Lets another module withhold applications from a user the role rules would let see them: a
 * committee member who declared an interest in one is recused and no longer sees it anywhere. The
 * answer is a set of references, so every read path (detail, list, search, feed, documents) puts
 * the same rule into its query instead of filtering rows in Java.
 */
public interface ApplicationVisibility {

  /**
   * The references of the applications this user must not see; bounded by the user's own
   * declarations, usually empty.
   */
  Set<String> hiddenFrom(CurrentUser user);
}
