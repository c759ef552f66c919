package org.cppp.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an application's timeline: a status change, or a step of one of its deliverables.
 *
 * @param from the status before a status change; {@code null} for the first and for a deliverable
 * @param to the status after a status change; {@code null} for a deliverable's step
 * @param authority for a decision, what it was recorded under (meeting item, circulation or
 *     delegated authority); otherwise {@code null}
 * @param deliverable the deliverable's kind for its steps; otherwise {@code null}
 * @param deliverableAction what happened to the deliverable; otherwise {@code null}
 * @param overriddenCheck for an officer's override, the failed screening check let through (its
 *     reason is the note); otherwise {@code null}
 */
public record TimelineEntry(
    ApplicationStatus from,
    ApplicationStatus to,
    LocalDate effectiveOn,
    String actor,
    String note,
    Instant recordedAt,
    String authority,
    DeliverableKind deliverable,
    DeliverableAction deliverableAction,
    ScreeningReport.Check overriddenCheck) {

  /** A status change. */
  static TimelineEntry status(
      ApplicationStatus from,
      ApplicationStatus to,
      LocalDate effectiveOn,
      String actor,
      String note,
      Instant recordedAt,
      String authority) {
    return new TimelineEntry(
        from, to, effectiveOn, actor, note, recordedAt, authority, null, null, null);
  }

  /** A deliverable's step. */
  static TimelineEntry delivery(
      DeliverableKind kind,
      DeliverableAction action,
      LocalDate effectiveOn,
      String actor,
      String note,
      Instant recordedAt) {
    return new TimelineEntry(
        null, null, effectiveOn, actor, note, recordedAt, null, kind, action, null);
  }

  /** An officer's override of a failed screening check. */
  static TimelineEntry override(
      ScreeningReport.Check check, LocalDate effectiveOn, String actor, String reason, Instant at) {
    return new TimelineEntry(null, null, effectiveOn, actor, reason, at, null, null, null, check);
  }
}
