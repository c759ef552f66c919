package org.cppp.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cppp.application.DecisionOutcome;
import org.hibernate.annotations.BatchSize;

/**
 * The decision a meeting recorded on an agenda item: one per item, ever (its key is the item's).
 */
@Entity
@Table(name = "item_decision")
@BatchSize(size = 50)
class ItemDecision {

  @Id private Long itemId;

  @MapsId
  @OneToOne
  @JoinColumn(name = "item_id")
  private AgendaItem item;

  @Enumerated(EnumType.STRING)
  private DecisionOutcome outcome;

  private BigDecimal approvedAmountHkd;
  private String note;
  private LocalDate decidedOn;
  private String recordedBy;
  private Instant recordedAt;

  protected ItemDecision() {}

  ItemDecision(AgendaItem item, DecisionInput input, LocalDate on, String actor, Instant at) {
    this.item = item;
    this.outcome = input.outcome();
    this.approvedAmountHkd = input.approvedAmountHkd();
    this.note = input.note() == null ? "" : input.note().trim();
    this.decidedOn = on;
    this.recordedBy = actor;
    this.recordedAt = at;
  }

  void settle(BigDecimal amount) {
    this.approvedAmountHkd = amount;
  }

  DecisionOutcome outcome() {
    return outcome;
  }

  LocalDate decidedOn() {
    return decidedOn;
  }

  DecisionView view() {
    return new DecisionView(item.id(), outcome, approvedAmountHkd, note, decidedOn, recordedBy);
  }
}
