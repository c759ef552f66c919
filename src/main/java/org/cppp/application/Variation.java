package org.cppp.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;

/**
 * A factory's request to vary an approved application. It holds the one new value its kind names,
 * and is decided once: approved (recording what the application had before) or refused with
 * reasons, each under the authority that decided it.
 */
@Entity
@Table(name = "application_variation")
class Variation {

  private static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_ref")
  private String applicationRef;

  @Enumerated(EnumType.STRING)
  private VariationKind kind;

  @Enumerated(EnumType.STRING)
  private VariationStatus status;

  private String reason;

  @Column(name = "new_due_on")
  private LocalDate newDueOn;

  @Column(name = "new_provider_code")
  private String newProviderCode;

  @Column(name = "new_scope")
  private String newScope;

  @Column(name = "new_total_cost_hkd")
  private BigDecimal newTotalCostHkd;

  @Column(name = "previous_value")
  private String previousValue;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_on")
  private LocalDate requestedOn;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decision_note")
  private String decisionNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "authority_route")
  private DecisionAuthority.Route authorityRoute;

  @Column(name = "authority_id")
  private Long authorityId;

  private String citation;

  @Version private long version;

  protected Variation() {}

  /** A request of its kind, refused by field when the reason or the kind's new value is missing. */
  Variation(String applicationRef, VariationRequest request, String actor, LocalDate today) {
    if (request.kind() == null) {
      throw new RuleViolation("kind", "application.variation.kind.required");
    }
    this.applicationRef = applicationRef;
    this.kind = request.kind();
    this.reason = requiredText(request.reason(), "reason", MAX_REASON);
    switch (kind) {
      case EXTENSION -> this.newDueOn = required(request.newDueOn());
      case PROVIDER -> this.newProviderCode = requiredText(request.newProviderCode(), null, 40);
      case SCOPE -> this.newScope = requiredText(request.newScope(), null, 10000);
      case COST ->
          this.newTotalCostHkd =
              DecimalInput.cents(kind.field(), positive(required(request.newTotalCostHkd())));
    }
    this.status = VariationStatus.REQUESTED;
    this.requestedBy = actor;
    this.requestedOn = today;
  }

  /** Records the approval, with what the application had before, under its authority. */
  void approve(Decided decided, String previous) {
    decide(VariationStatus.APPROVED, decided);
    this.previousValue = previous;
  }

  /** Records the refusal with its reasons (required), under its authority. */
  void refuse(Decided decided) {
    requiredText(decided.note(), "note", 5000);
    decide(VariationStatus.REFUSED, decided);
  }

  void requireUndecided() {
    if (status.decided()) {
      throw new StateConflict("application.variation.decided", id, status);
    }
  }

  private void decide(VariationStatus outcome, Decided decided) {
    requireUndecided();
    this.status = outcome;
    this.decidedBy = decided.actor();
    this.decidedOn = decided.on();
    this.decisionNote = decided.note() == null ? "" : decided.note().trim();
    this.authorityRoute = decided.authority().route();
    this.authorityId = decided.authority().id();
    this.citation = decided.citation();
  }

  private <T> T required(T value) {
    if (value == null) {
      throw new RuleViolation(kind.field(), "application.variation.value.required");
    }
    return value;
  }

  private String requiredText(String value, String field, int max) {
    String name = field == null ? kind.field() : field;
    if (value == null || value.isBlank()) {
      throw new RuleViolation(
          name, "application.variation." + (field == null ? "value" : field) + ".required");
    }
    if (value.trim().length() > max) {
      throw new RuleViolation(name, "application.variation.too-long", max);
    }
    return value.trim();
  }

  private BigDecimal positive(BigDecimal amount) {
    if (amount.signum() <= 0) {
      throw new RuleViolation(kind.field(), "application.variation.cost.positive");
    }
    return amount;
  }

  /** Who decided, when, why and under what. */
  record Decided(
      String actor, LocalDate on, String note, DecisionAuthority authority, String citation) {}

  long id() {
    return id;
  }

  String applicationRef() {
    return applicationRef;
  }

  VariationKind kind() {
    return kind;
  }

  VariationStatus status() {
    return status;
  }

  LocalDate requestedOn() {
    return requestedOn;
  }

  LocalDate newDueOn() {
    return newDueOn;
  }

  String newProviderCode() {
    return newProviderCode;
  }

  String newScope() {
    return newScope;
  }

  BigDecimal newTotalCostHkd() {
    return newTotalCostHkd;
  }

  VariationView view() {
    return new VariationView(
        id,
        applicationRef,
        kind,
        status,
        reason,
        newDueOn,
        newProviderCode,
        newScope,
        newTotalCostHkd,
        previousValue,
        requestedBy,
        requestedOn,
        decidedBy,
        decidedOn,
        decisionNote,
        citation);
  }
}
