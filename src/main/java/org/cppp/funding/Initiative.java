package org.cppp.funding;

/**
 * What a scheme does for the programme, and so the row of the progress report it counts under:
 * several schemes (e.g. demonstration projects (i) and (ii)) may serve one initiative.
 */
public enum Initiative {
  /** An ET provider assesses a factory and proposes improvements. */
  ASSESSMENT,
  /** A factory installs equipment or changes a process, cost shared with the Government. */
  DEMONSTRATION,
  /** An independent third party verifies an implemented improvement. */
  VERIFICATION,
  /** A trade or industry association promotes cleaner production in its trade. */
  ORGANISATION_SUPPORT
}
