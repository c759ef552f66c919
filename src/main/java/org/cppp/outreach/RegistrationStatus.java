package org.cppp.outreach;

/**
 * Where a registration stands: waiting for its mailed link to be confirmed (holding nothing), a
 * seat, a place on the waiting list, cancelled, or expired because it was never confirmed.
 */
public enum RegistrationStatus {
  UNCONFIRMED,
  CONFIRMED,
  WAITING,
  CANCELLED,
  EXPIRED
}
