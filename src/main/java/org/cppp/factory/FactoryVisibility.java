package org.cppp.factory;

import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Which factories a user sees, once for every read path: staff see all; an applicant sees the
 * factory they are bound to, and, when bound to a Hong Kong business, every factory linked to it.
 */
@Component
class FactoryVisibility {

  private final FactoryLinks links;

  FactoryVisibility(FactoryLinks links) {
    this.links = links;
  }

  boolean maySee(CurrentUser user, String factoryBr) {
    if (user.maySeeFactory(factoryBr)) {
      return true;
    }
    return boundTo(user) != null
        && links.businessOf(factoryBr).filter(boundTo(user)::equals).isPresent();
  }

  /** The BR number a search is kept to (own factory or business), or null for staff. */
  String scope(CurrentUser user) {
    return user.seesAllFactories() ? null : String.valueOf(user.factoryBr());
  }

  /** Whether the user sees the business with this BR number (staff, or bound to it). */
  boolean maySeeBusiness(CurrentUser user, String businessBr) {
    return user.seesAllFactories() || businessBr.equals(boundTo(user));
  }

  private static String boundTo(CurrentUser user) {
    return user.has(Role.APPLICANT) ? user.factoryBr() : null;
  }
}
