package org.cppp.application;

/** A kind of deadline the system reminds people of: the completion date of approved work. */
public enum DeadlineKind {
  COMPLETION
}
