package org.cppp.verification;

import java.time.LocalDate;
import java.time.ZoneId;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a case and applies the access rule; every facade asks here. */
@Component
class CaseLookup {

  static final String AUDIT_TYPE = "verification";
  static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

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

  static LocalDate today() {
    return LocalDate.now(HONG_KONG);
  }
}
