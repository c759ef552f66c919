package org.cppp.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an application's timeline: a status change, a step of one of its deliverables, or a
 * milestone (its verification signed, a legacy result recorded, a payment to the factory).
 *
 * @param from the status before a status change; {@code null} for the first and for the others
 * @param to the status after a status change; {@code null} for the others
 * @param authority for a decision, what it was recorded under (meeting item, circulation or
 *     delegated authority); otherwise {@code null}
 * @param deliverable the deliverable's kind for its steps; otherwise {@code null}
 * @param deliverableAction what happened to the deliverable; otherwise {@code null}
 * @param milestone which milestone; {@code null} for status changes and deliverables' steps
 * @param amountHkd a payment's amount, or the cost a signed result saves a year; otherwise {@code
 *     null}
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
    Milestone milestone,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountHkd,
    ScreeningReport.Check overriddenCheck) {

  /** The milestones on a timeline besides status changes and deliverables' steps. */
  public enum Milestone {
    /** QA signed the verification of the result. */
    VERIFICATION_SIGNED,
    /** A result signed before CPPP was recorded from the programme's records. */
    LEGACY_RESULT,
    /** A payment to the factory against the grant (shown only to those who may see payments). */
    PAYMENT
  }

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
        from, to, effectiveOn, actor, note, recordedAt, authority, null, null, null, null, null);
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
        null, null, effectiveOn, actor, note, recordedAt, null, kind, action, null, null, null);
  }

  /** A milestone. */
  static TimelineEntry milestone(
      Milestone milestone,
      LocalDate effectiveOn,
      String actor,
      String note,
      Instant recordedAt,
      BigDecimal amountHkd) {
    return new TimelineEntry(
        null,
        null,
        effectiveOn,
        actor,
        note,
        recordedAt,
        null,
        null,
        null,
        milestone,
        amountHkd,
        null);
  }

  /** An officer's override of a failed screening check. */
  static TimelineEntry override(
      ScreeningReport.Check check, LocalDate effectiveOn, String actor, String reason, Instant at) {
    return new TimelineEntry(
        null, null, effectiveOn, actor, reason, at, null, null, null, null, null, check);
  }
}
