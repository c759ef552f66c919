package org.cppp.committee;

/**
 * A member's vote on a circulated application; {@link #INTEREST} declares an interest (recused).
 */
public enum Vote {
  APPROVE,
  REJECT,
  DEFER,
  INTEREST;

  /** The outcome this vote supports, or {@code null} for a declared interest. */
  public Outcome outcome() {
    return switch (this) {
      case APPROVE -> Outcome.APPROVED;
      case REJECT -> Outcome.REJECTED;
      case DEFER -> Outcome.DEFERRED;
      case INTEREST -> null;
    };
  }
}
