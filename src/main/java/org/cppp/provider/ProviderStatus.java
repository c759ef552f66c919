package org.cppp.provider;

/** A provider's state on the list, as staff filter by it. */
public enum ProviderStatus {
  /** On the list. */
  REGISTERED,
  /** Removed from the list. */
  REMOVED,
  /** On the list, but its GDEIC registration lapsed: awaiting removal. */
  FLAGGED
}
