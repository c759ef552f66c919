package org.cppp.verification;

import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a case and applies the access rule; every facade asks here. */
@Component
class CaseLookup {

  static final String AUDIT_TYPE = "verification";

  private final Cases cases;

  CaseLookup(Cases cases) {
    this.cases = cases;
  }

  VerificationCase find(long id) {
    return cases.findById(id).orElseThrow(() -> new NotFoundException("Verification case", id));
  }

  VerificationCase visible(long id) {
    return CaseAccess.visible(CurrentUser.current(), find(id));
  }
}
