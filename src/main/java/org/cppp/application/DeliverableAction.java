package org.cppp.application;

/**
 * A step in a deliverable's life, as its history, the audit trail ({@code DELIVERABLE_} + name),
 * the activity feed, the timeline and the mails name it.
 */
public enum DeliverableAction {
  UPLOADED,
  REPLACED,
  ACCEPTED,
  RETURNED;

  /** The audit trail's name for it. */
  public String auditAction() {
    return "DELIVERABLE_" + name();
  }
}
