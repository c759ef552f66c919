package org.cppp.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/** One version of a budget account's period: written once (the database refuses changes). */
@Entity
@Immutable
@Table(name = "budget_account_period")
class BudgetPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private BudgetAccount account;

  private int version;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  private String reason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id")
  private LedgerEntry added;

  private String actor;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected BudgetPeriod() {}

  /** The account's period as it stands now, as its current version. */
  BudgetPeriod(BudgetAccount account, String reason, LedgerEntry added, String actor, Instant at) {
    this.account = account;
    this.version = account.periodVersion();
    this.periodFrom = account.periodFrom();
    this.periodTo = account.periodTo();
    this.reason = reason;
    this.added = added;
    this.actor = actor;
    this.recordedAt = at;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("version", version);
    values.put("period", periodFrom + "/" + periodTo);
    values.put("reason", reason);
    if (added != null) {
      values.put("amountHkd", added.amountHkd().toPlainString());
    }
    return values;
  }

  BudgetPeriodView view() {
    return new BudgetPeriodView(
        account.code(),
        version,
        periodFrom,
        periodTo,
        reason,
        added == null ? null : added.amountHkd(),
        actor,
        recordedAt);
  }
}
