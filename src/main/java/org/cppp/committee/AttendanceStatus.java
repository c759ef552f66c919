package org.cppp.committee;

/** A member's attendance at a meeting. */
public enum AttendanceStatus {
  PRESENT,
  ABSENT,
  APOLOGIES
}
