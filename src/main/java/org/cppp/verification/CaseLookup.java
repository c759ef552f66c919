package org.cppp.verification;

import java.util.List;
import org.cppp.factory.Businesses;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.cppp.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a case and applies the access rule; every facade asks here. */
@Component
class CaseLookup {

  static final String AUDIT_TYPE = "verification";

  private final Cases cases;
  private final Businesses businesses;

  CaseLookup(Cases cases, Businesses businesses) {
    this.cases = cases;
    this.businesses = businesses;
  }

  /** The current user's share of cases (asking the factory register what an applicant acts for). */
  CaseAccess.Scope scope() {
    CurrentUser user = CurrentUser.current();
    return CaseAccess.scope(user, user.has(Role.APPLICANT) ? businesses.actingFor() : List.of());
  }

  VerificationCase find(long id) {
    return cases.findById(id).orElseThrow(() -> new NotFoundException("Verification case", id));
  }

  VerificationCase visible(long id) {
    return CaseAccess.visible(scope(), find(id));
  }
}
