package org.cppp.application;

/** Where a deliverable stands in QA's review. */
public enum DeliverableStatus {
  /** Uploaded (or replaced) and awaiting QA. */
  SUBMITTED,
  /** QA accepted it; it no longer changes. */
  ACCEPTED,
  /** QA returned it with comments; its uploader replaces the file. */
  RETURNED;

  /** Whether its file may still be replaced. */
  public boolean replaceable() {
    return this != ACCEPTED;
  }
}
