package org.cppp.committee;

/** What an agenda item is about. */
public enum ItemKind {
  /** A funding application ready for the committee's decision. */
  APPLICATION,
  /** A programme matter, with papers. */
  MATTER,
  /** Confirmation of the minutes of an earlier meeting. */
  MINUTES_CONFIRMATION,
  /** For noting: a decision officers took under the committee's delegated authority. */
  NOTING,
  /**
   * A factory's variation request of an approved application, beyond the officers' delegated
   * authority, for the committee's decision.
   */
  VARIATION;

  /** Whether it is an application for the committee's decision. */
  public boolean application() {
    return this == APPLICATION;
  }

  /** Whether it is a variation request for the committee's decision. */
  public boolean variation() {
    return this == VARIATION;
  }

  /** Whether the meeting decides it (an application or a variation request). */
  public boolean forDecision() {
    return this == APPLICATION || this == VARIATION;
  }

  /** Whether it lists a decision taken under delegated authority for noting. */
  public boolean noting() {
    return this == NOTING;
  }

  /** Whether it confirms an earlier meeting's minutes. */
  public boolean confirmation() {
    return this == MINUTES_CONFIRMATION;
  }
}
