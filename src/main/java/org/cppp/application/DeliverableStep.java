package org.cppp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a deliverable: uploaded, replaced, accepted or returned (with QA's comments). */
@Entity
@Table(name = "application_deliverable_step")
class DeliverableStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "deliverable_id")
  private Deliverable deliverable;

  @Enumerated(EnumType.STRING)
  private DeliverableAction action;

  private int revision;
  private String actor;
  private String note;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected DeliverableStep() {}

  DeliverableStep(
      Deliverable deliverable,
      DeliverableAction action,
      int revision,
      String actor,
      String note,
      LocalDate effectiveOn) {
    this.deliverable = deliverable;
    this.action = action;
    this.revision = revision;
    this.actor = actor;
    this.note = note == null ? "" : note;
    this.effectiveOn = effectiveOn;
    this.recordedAt = Instant.now();
  }

  DeliverableView.Step view() {
    return new DeliverableView.Step(action, revision, actor, note, effectiveOn, recordedAt);
  }

  TimelineEntry timelineEntry(DeliverableKind kind) {
    return TimelineEntry.delivery(kind, action, effectiveOn, actor, note, recordedAt);
  }
}
