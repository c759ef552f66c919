package org.cppp.outreach;

/** Kinds of awareness activity. Exhibitions and site visits are counted apart from the others. */
public enum ActivityType {
  SEMINAR,
  WORKSHOP,
  BRIEFING,
  FACTORY_VISIT,
  STUDY_MISSION,
  CONFERENCE,
  /** A trade exhibition: counted by visitors, not participants. */
  EXHIBITION,
  /** A visit to a completed demonstration project, linked by its application reference. */
  SITE_VISIT;

  /** Whether it counts among the awareness promotion activities and their participants. */
  public boolean countsAsAwareness() {
    return this != EXHIBITION && this != SITE_VISIT;
  }
}
