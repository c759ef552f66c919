package org.cppp.application;

import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with variation requests, once: the factory's applicants ask, officers decide
 * (under a delegated authority, by closing the committee's circulation, or by recording a meeting's
 * decision on it), and whoever may see the application (the applications module's one visibility
 * rule) reads its variations. The facade enforces these ({@code @PreAuthorize} expressions name
 * this bean); pages ask it too.
 */
@Component("variationPolicy")
public class VariationPolicy {

  /** Who asks for a variation: the factory's own applicants. */
  public static final Set<Role> REQUESTERS = ApplicationPolicy.APPLICANTS;

  /** Who records a decision on a variation. */
  public static final Set<Role> DECIDERS = IdentityPolicy.OFFICERS;

  static final String REQUEST = "@variationPolicy.mayRequest()";
  static final String DECIDE = "@variationPolicy.mayDecide()";

  /** Whether the current user may ask for variations (of their own factory's work). */
  public boolean mayRequest() {
    return CurrentUser.current().hasAny(REQUESTERS);
  }

  /** Whether the current user may decide variations. */
  public boolean mayDecide() {
    return CurrentUser.current().hasAny(DECIDERS);
  }

  /**
   * Whether this user may ask to vary this application: an applicant of its factory (or its
   * business).
   */
  boolean mayRequest(ApplicationPolicy.Scope scope, FundingApplication application) {
    return ApplicationPolicy.ofItsFactory(scope, application);
  }
}
