package org.cppp.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;

/**
 * A pot of committed government money for a period; its balance lives in the ledger. The period is
 * versioned ({@link BudgetPeriod}): it only ever moves to a later end, one version at a time, while
 * the row is locked.
 */
@Entity
@Table(name = "budget_account")
class BudgetAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  private String name;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Column(name = "period_version")
  private int periodVersion;

  @Column(name = "created_at")
  private Instant createdAt;

  protected BudgetAccount() {}

  BudgetAccount(String code, String name, LocalDate periodFrom, LocalDate periodTo, Instant now) {
    if (periodFrom == null || periodTo == null || periodTo.isBefore(periodFrom)) {
      throw new RuleViolation("periodTo", "budget.account.period");
    }
    this.code = code;
    this.name = name;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.periodVersion = 1;
    this.createdAt = now;
  }

  /** The first version of the period, as the account was opened. */
  BudgetPeriod openingPeriod(String actor, Instant now) {
    return new BudgetPeriod(this, "Account opened", null, actor, now);
  }

  /** Refuses a commitment decided outside the period (a conflict with the account's state). */
  void requireCovers(LocalDate decidedOn) {
    if (decidedOn.isBefore(periodFrom) || decidedOn.isAfter(periodTo)) {
      throw new StateConflict(
          "budget.commit.outside-period", decidedOn, code, periodFrom, periodTo);
    }
  }

  /**
   * Carries the period to a later end (field {@code extendsTo}): the next version, recorded with
   * its reason and the budget added with it ({@code null}: none).
   */
  BudgetPeriod extendTo(LocalDate to, String reason, LedgerEntry added, String actor, Instant now) {
    if (to == null) {
      throw new RuleViolation("extendsTo", "budget.date.required");
    }
    if (!to.isAfter(periodTo)) {
      throw new RuleViolation("extendsTo", "budget.period.not-later", periodTo);
    }
    periodTo = to;
    periodVersion++;
    return new BudgetPeriod(this, reason, added, actor, now);
  }

  Long id() {
    return id;
  }

  String code() {
    return code;
  }

  LocalDate periodFrom() {
    return periodFrom;
  }

  LocalDate periodTo() {
    return periodTo;
  }

  int periodVersion() {
    return periodVersion;
  }

  BudgetAccountView view() {
    return new BudgetAccountView(code, name, periodFrom, periodTo, periodVersion);
  }
}
