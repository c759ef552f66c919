package org.cppp.committee;

/** Where a circulation stands: open for votes, decided, or closed without a decision. */
public enum CirculationStatus {
  OPEN,
  DECIDED,
  NO_DECISION;

  /** Whether it still takes votes (and may be closed). */
  public boolean open() {
    return this == OPEN;
  }
}
