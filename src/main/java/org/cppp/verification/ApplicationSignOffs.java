package org.cppp.verification;

import java.util.Optional;
import org.cppp.application.SignedVerifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the applications module whether QA signed the verification of an application's result,
 * which a demonstration project's completion and final payment wait for. The applications module
 * owns the interface; this module implements it, since it depends on that one.
 */
@Component
class ApplicationSignOffs implements SignedVerifications {

  private final Cases cases;

  ApplicationSignOffs(Cases cases) {
    this.cases = cases;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Signed> of(String applicationReference) {
    return cases
        .findByApplicationRef(applicationReference)
        .filter(c -> c.status() == CaseStatus.SIGNED)
        .map(c -> new Signed(c.id(), c.signedOn(), c.signedBy()));
  }
}
