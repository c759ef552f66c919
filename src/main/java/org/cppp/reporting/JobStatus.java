package org.cppp.reporting;

/** Where a background report job is. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
