package org.cppp.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One removal or reinstatement in a provider's history; never changed once written. */
@Entity
@Table(name = "provider_history")
class RegisterEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private HistoryAction action;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  private String reason;

  private String actor;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected RegisterEvent() {}

  RegisterEvent(HistoryAction action, LocalDate effectiveOn, String reason, String actor) {
    this.action = action;
    this.effectiveOn = effectiveOn;
    this.reason = reason;
    this.actor = actor;
    this.recordedAt = Instant.now();
  }

  HistoryAction action() {
    return action;
  }

  LocalDate effectiveOn() {
    return effectiveOn;
  }

  String reason() {
    return reason;
  }

  HistoryEntry view() {
    return new HistoryEntry(action, effectiveOn, reason, actor, recordedAt);
  }
}
