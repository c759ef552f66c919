package org.cppp.provider;

/**
 * HKPC's overall rating of a provider's work in a quality check, best first. A four-step scale
 * (rather than 1-5) so that there is no neutral middle: every check says whether the work was
 * acceptable ({@link #GOOD}, {@link #SATISFACTORY}) or not.
 */
public enum QualityRating {
  GOOD,
  SATISFACTORY,
  NEEDS_IMPROVEMENT,
  UNSATISFACTORY;

  /** Whether the work needs follow-up. */
  public boolean needsFollowUp() {
    return this == NEEDS_IMPROVEMENT || this == UNSATISFACTORY;
  }
}
