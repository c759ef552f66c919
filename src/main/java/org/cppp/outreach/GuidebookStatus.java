package org.cppp.outreach;

/** A guidebook is being prepared, or has been published (only then is it public). */
public enum GuidebookStatus {
  IN_PREPARATION,
  PUBLISHED
}
