package org.cppp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** An application's statement for the repeat-assessment rule; restated while it is screened. */
@Entity
@Table(name = "repeat_assessment_claim")
class RepeatAssessmentClaim {

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "measure_implemented")
  private boolean measureImplemented;

  @Column(name = "process_changed")
  private boolean processChanged;

  @Column(name = "pursues_recognition")
  private boolean pursuesRecognition;

  @Column(name = "declared_by")
  private String declaredBy;

  @Column(name = "declared_at")
  private Instant declaredAt;

  @Version private long version;

  protected RepeatAssessmentClaim() {}

  RepeatAssessmentClaim(Long applicationId) {
    this.applicationId = Objects.requireNonNull(applicationId);
  }

  void state(RepeatClaim claim, String actor, Instant at) {
    this.measureImplemented = claim.measureImplemented();
    this.processChanged = claim.processChanged();
    this.pursuesRecognition = claim.pursuesRecognition();
    this.declaredBy = actor;
    this.declaredAt = at;
  }

  RepeatClaim claim() {
    return new RepeatClaim(measureImplemented, processChanged, pursuesRecognition);
  }
}
