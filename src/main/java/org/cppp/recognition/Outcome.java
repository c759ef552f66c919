package org.cppp.recognition;

/** A nomination's outcome. */
public enum Outcome {
  PENDING,
  RECOGNISED,
  NOT_RECOGNISED
}
