package org.cppp.application;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the verification module provides so that a demonstration project is completed (and finally
 * paid) only with a signed verification of its result. The verification module depends on this one,
 * so it implements this interface, as {@link DecisionAuthorities} is implemented by the committee;
 * without it nothing counts as signed.
 */
public interface SignedVerifications {

  /** The signed verification of this application's result, if QA has signed one. */
  Optional<Signed> of(String applicationReference);

  /** A signed verification result: its case, when and by whom it was signed. */
  record Signed(long caseId, LocalDate signedOn, String signedBy) {}
}
