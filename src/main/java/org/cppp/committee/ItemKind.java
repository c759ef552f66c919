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
  NOTING
}
