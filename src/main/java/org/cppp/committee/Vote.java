package org.cppp.committee;

import org.cppp.application.DecisionOutcome;

/**
 * A member's vote on a circulated application; {@link #INTEREST} declares an interest (recused).
 */
public enum Vote {
  APPROVE,
  REJECT,
  DEFER,
  INTEREST;

  /** The outcome this vote supports, or {@code null} for a declared interest. */
  public DecisionOutcome outcome() {
    return switch (this) {
      case APPROVE -> DecisionOutcome.APPROVED;
      case REJECT -> DecisionOutcome.REJECTED;
      case DEFER -> DecisionOutcome.DEFERRED;
      case INTEREST -> null;
    };
  }
}
