package org.cppp.provider;

/** Where a provider's application to join the register stands. */
public enum ProviderApplicationStatus {
  /** Sent; waits for its sender to confirm their e-mail by the mailed link. */
  UNCONFIRMED,
  /** Confirmed; in the officers' queue. */
  PENDING,
  /** An officer put the provider on the register. */
  REGISTERED,
  /** An officer refused it, with a reason. */
  REFUSED;

  /** Whether an officer may still register or refuse it. */
  public boolean awaitsOfficer() {
    return this == PENDING;
  }
}
