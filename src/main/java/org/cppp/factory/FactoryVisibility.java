package org.cppp.factory;

import java.util.List;
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

  /** More factories than any business links; what a user acts for is cut there. */
  static final int MAX_FACTORIES = 500;

  /**
   * The BR numbers of the factories an applicant acts for: the one they are bound to and every live
   * factory linked to the business they are bound to (one query), by BR number; empty for everyone
   * else.
   */
  List<String> actingFor(CurrentUser user) {
    String bound = boundTo(user);
    if (bound == null) {
      return List.of();
    }
    return links.actingFor(bound, MAX_FACTORIES);
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
