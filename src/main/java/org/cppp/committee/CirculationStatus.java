package org.cppp.committee;

/** Where a circulation stands: open for votes, decided, or closed without a decision. */
public enum CirculationStatus {
  OPEN,
  DECIDED,
  NO_DECISION
}
