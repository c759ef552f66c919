package org.cppp.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One deliverable of approved work (a report, an invoice, a receipt, measurement records) with its
 * current file and QA's review. QA accepts a submitted one or returns it with comments; its party
 * replaces a returned (or still unreviewed) file, which submits it again; an accepted one no longer
 * changes. Every step is kept in its history and published as {@link DeliverableChanged}.
 */
@Entity
@Table(name = "application_deliverable")
class Deliverable extends AbstractAggregateRoot<Deliverable> {

  /** Revisions of one deliverable's file, at most. */
  static final int MAX_REVISIONS = 20;

  static final int MAX_NOTE = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private DeliverableKind kind;

  @Enumerated(EnumType.STRING)
  private DeliverableStatus status;

  @Enumerated(EnumType.STRING)
  private DeliveryParty party;

  private int revision;
  private String filename;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  @Column(name = "review_note")
  private String reviewNote;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  @Version private long version;

  @OneToMany(mappedBy = "deliverable", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<DeliverableStep> steps = new ArrayList<>();

  protected Deliverable() {}

  Deliverable(
      FundingApplication application,
      DeliverableKind kind,
      DeliveryParty party,
      FileTypes.Checked file,
      String actor,
      LocalDate on) {
    this.applicationId = application.id();
    this.kind = kind;
    this.party = party;
    this.reviewNote = "";
    this.revision = 1;
    take(file, actor);
    step(application, DeliverableAction.UPLOADED, actor, file.filename(), on);
  }

  /** A new file in place of a returned or unreviewed one; QA reviews it again. */
  void replace(FundingApplication application, FileTypes.Checked file, String actor, LocalDate on) {
    if (!status.replaceable()) {
      throw new StateConflict("deliverable.accepted", id);
    }
    if (revision >= MAX_REVISIONS) {
      throw new RuleViolation("file", "deliverable.revisions.too-many", MAX_REVISIONS);
    }
    revision++;
    take(file, actor);
    step(application, DeliverableAction.REPLACED, actor, file.filename(), on);
  }

  /** QA accepts the submitted file, with an optional note. */
  void accept(FundingApplication application, String note, String actor, LocalDate on) {
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_NOTE) {
      throw new RuleViolation("note", "deliverable.note.too-long", MAX_NOTE);
    }
    review(application, DeliverableStatus.ACCEPTED, text, actor, on);
  }

  /** QA returns the submitted file with comments that its uploader reads before replacing it. */
  void returnWithComments(
      FundingApplication application, String comments, String actor, LocalDate on) {
    if (comments == null || comments.isBlank() || comments.strip().length() > MAX_NOTE) {
      throw new RuleViolation("comments", "deliverable.comments.required", MAX_NOTE);
    }
    review(application, DeliverableStatus.RETURNED, comments.strip(), actor, on);
  }

  private void review(
      FundingApplication application,
      DeliverableStatus outcome,
      String note,
      String actor,
      LocalDate on) {
    if (status != DeliverableStatus.SUBMITTED) {
      throw new StateConflict("deliverable.not-submitted", id, status);
    }
    status = outcome;
    reviewNote = note;
    reviewedBy = actor;
    reviewedOn = on;
    DeliverableAction action =
        outcome == DeliverableStatus.ACCEPTED
            ? DeliverableAction.ACCEPTED
            : DeliverableAction.RETURNED;
    step(application, action, actor, note, on);
  }

  private void take(FileTypes.Checked file, String actor) {
    status = DeliverableStatus.SUBMITTED;
    filename = file.filename();
    contentType = file.contentType();
    sizeBytes = file.content().length;
    sha256 = file.sha256();
    uploadedBy = actor;
    uploadedAt = Instant.now();
  }

  private void step(
      FundingApplication application,
      DeliverableAction action,
      String actor,
      String note,
      LocalDate on) {
    steps.add(new DeliverableStep(this, action, revision, actor, note, on));
    registerEvent(
        new DeliverableChanged(
            application.reference(),
            application.factoryBr(),
            application.providerCode(),
            kind,
            action,
            revision,
            action == DeliverableAction.RETURNED ? note : "",
            actor));
  }

  DeliverableView view(String applicationRef) {
    return new DeliverableView(
        id,
        applicationRef,
        kind,
        status,
        party,
        revision,
        filename,
        contentType,
        sizeBytes,
        sha256,
        uploadedBy,
        uploadedAt,
        reviewNote,
        reviewedBy,
        reviewedOn,
        steps.stream().map(DeliverableStep::view).toList());
  }

  /** This deliverable's steps on the application's timeline. */
  List<TimelineEntry> timeline() {
    return steps.stream().map(s -> s.timelineEntry(kind)).toList();
  }

  Long id() {
    return id;
  }

  Long applicationId() {
    return applicationId;
  }

  DeliverableKind kind() {
    return kind;
  }

  DeliverableStatus status() {
    return status;
  }

  DeliveryParty party() {
    return party;
  }

  int revision() {
    return revision;
  }
}
