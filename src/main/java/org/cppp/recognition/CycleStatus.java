package org.cppp.recognition;

/** Where a recognition cycle is; each moves only to the next. */
public enum CycleStatus {
  DRAFT,
  OPEN_FOR_NOMINATIONS,
  ASSESSMENT,
  RESULTS_PUBLISHED;

  public boolean canTransitionTo(CycleStatus next) {
    return next.ordinal() == ordinal() + 1;
  }

  /** Whether nominations may still be added or assessed. */
  public boolean acceptsNominations() {
    return this != RESULTS_PUBLISHED;
  }
}
