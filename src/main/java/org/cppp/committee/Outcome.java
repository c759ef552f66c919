package org.cppp.committee;

import org.cppp.application.ApplicationAction;

/** The committee's decision on an application. */
public enum Outcome {
  APPROVED(ApplicationAction.APPROVE),
  REJECTED(ApplicationAction.REJECT),
  DEFERRED(ApplicationAction.DEFER);

  private final ApplicationAction action;

  Outcome(ApplicationAction action) {
    this.action = action;
  }

  /** The outcome an application module's decision action records. */
  public static Outcome of(ApplicationAction action) {
    for (Outcome outcome : values()) {
      if (outcome.action == action) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("not a decision: " + action);
  }

  /** The application module's action that carries this decision out. */
  public ApplicationAction action() {
    return action;
  }
}
