package org.cppp.provider;

/** What happened to a provider's place on the list. */
public enum HistoryAction {
  REMOVED,
  REINSTATED
}
