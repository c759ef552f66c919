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

/** One move of an application from one status to another, with the date it took effect. */
@Entity
@Table(name = "application_status_change")
class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id")
  private FundingApplication application;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ApplicationStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private ApplicationStatus toStatus;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  private String actor;
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "authority_route")
  private DecisionAuthority.Route authorityRoute;

  @Column(name = "authority_id")
  private Long authorityId;

  @Column(name = "authority_citation")
  private String authorityCitation;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected StatusChange() {}

  StatusChange(
      FundingApplication application,
      ApplicationStatus from,
      ApplicationStatus to,
      LocalDate effectiveOn,
      String actor,
      String note) {
    this.application = application;
    this.fromStatus = from;
    this.toStatus = to;
    this.effectiveOn = effectiveOn;
    this.actor = actor;
    this.note = note == null ? "" : note;
    this.recordedAt = Instant.now();
  }

  /** Records what the decision this change carries out was recorded under. */
  void authorisedBy(DecisionAuthority authority, String citation) {
    this.authorityRoute = authority.route();
    this.authorityId = authority.id();
    this.authorityCitation = citation;
  }

  /** from, to, effective date, actor, note: what {@link HistoricalBatch} inserts. */
  Object[] insertValues() {
    return new Object[] {fromStatus, toStatus, effectiveOn, actor, note};
  }

  TimelineEntry view() {
    return TimelineEntry.status(
        fromStatus, toStatus, effectiveOn, actor, note, recordedAt, authorityCitation);
  }
}
