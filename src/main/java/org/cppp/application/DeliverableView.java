package org.cppp.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deliverable as the facade shows it: its current file (never the content), QA's review and its
 * history, oldest first.
 *
 * @param reviewNote QA's comments when returned, or its note when accepted; empty before review
 */
public record DeliverableView(
    Long id,
    String applicationRef,
    DeliverableKind kind,
    DeliverableStatus status,
    DeliveryParty party,
    int revision,
    String filename,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String reviewNote,
    String reviewedBy,
    LocalDate reviewedOn,
    List<Step> history) {

  /** One step of its history; for a return, {@code note} holds QA's comments. */
  public record Step(
      DeliverableAction action,
      int revision,
      String actor,
      String note,
      LocalDate effectiveOn,
      Instant recordedAt) {}
}
