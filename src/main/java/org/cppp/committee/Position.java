package org.cppp.committee;

/** A member's position on the committee. The secretary does not vote. */
public enum Position {
  CHAIR,
  DEPUTY_CHAIR,
  MEMBER,
  SECRETARY;

  /** Whether members in this position vote (and count towards the quorum). */
  public boolean votes() {
    return this != SECRETARY;
  }

  /** The chair or a deputy chair, one of whom a quorum may require. */
  public boolean presides() {
    return this == CHAIR || this == DEPUTY_CHAIR;
  }
}
