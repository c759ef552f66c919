package org.cppp.outreach;

/** Where a registration stands: a seat, a place on the waiting list, or cancelled. */
public enum RegistrationStatus {
  CONFIRMED,
  WAITING,
  CANCELLED
}
