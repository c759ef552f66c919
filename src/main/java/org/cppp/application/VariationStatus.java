package org.cppp.application;

/** Where a variation request stands: requested, then approved or refused, once. */
public enum VariationStatus {
  REQUESTED,
  APPROVED,
  REFUSED;

  public boolean decided() {
    return this != REQUESTED;
  }
}
