package org.cppp.verification;

/**
 * Where a case stands: readings are entered while it is open or returned; QA signs it (which
 * freezes it) or returns it with comments.
 */
public enum CaseStatus {
  OPEN,
  SUBMITTED,
  RETURNED,
  SIGNED;

  /** Whether readings, variables and evidence may still change. */
  public boolean editable() {
    return this == OPEN || this == RETURNED;
  }

  /** Whether QA may sign or return it now. */
  public boolean reviewable() {
    return this == OPEN || this == SUBMITTED;
  }
}
