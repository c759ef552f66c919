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

/** A pot of committed government money; its balance lives in the ledger. */
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

  @Column(name = "created_at")
  private Instant createdAt;

  protected BudgetAccount() {}

  BudgetAccount(String code, String name, LocalDate periodFrom, LocalDate periodTo) {
    if (periodFrom == null || periodTo == null || periodTo.isBefore(periodFrom)) {
      throw new RuleViolation("periodTo", "budget.account.period");
    }
    this.code = code;
    this.name = name;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.createdAt = Instant.now();
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

  BudgetAccountView view() {
    return new BudgetAccountView(code, name, periodFrom, periodTo);
  }
}
