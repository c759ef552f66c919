package org.cppp.site;

import java.util.Set;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/** Who reviews account requests: the role set the facade, URL rules and navigation use. */
@Component("sitePolicy")
public class SitePolicy {

  /** Who reviews account requests: programme officers and administrators. */
  static final Set<Role> REVIEWERS = IdentityPolicy.OFFICERS;

  static final String REVIEW = "@sitePolicy.mayReviewRequests()";

  /** Whether the current user reviews account requests. */
  public boolean mayReviewRequests() {
    return IdentityPolicy.currentUser().hasAny(REVIEWERS);
  }
}
