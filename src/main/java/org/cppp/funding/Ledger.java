package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.platform.MoneyFormat;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * What every change to the budget ledger shares: finding (and locking) an account, the balance
 * guards, and writing an entry with its audit record. The account row is locked while a balance is
 * checked; the unique index {@value #ONE_COMMIT_INDEX} backs a second commitment that races.
 */
@Component
class Ledger {

  static final String ONE_COMMIT_INDEX = "budget_entry_one_commit";

  private final BudgetAccounts accounts;
  private final LedgerEntries entries;
  private final LedgerTotals totals;
  private final AuditTrail audit;
  private final MoneyFormat money;

  Ledger(
      BudgetAccounts accounts,
      LedgerEntries entries,
      LedgerTotals totals,
      AuditTrail audit,
      MoneyFormat money) {
    this.accounts = accounts;
    this.entries = entries;
    this.totals = totals;
    this.audit = audit;
    this.money = money;
  }

  BudgetAccount account(String code) {
    return accounts
        .findByCode(code == null ? Budget.PROGRAMME_ACCOUNT : code)
        .orElseThrow(() -> new NotFoundException("Budget account", code));
  }

  BudgetAccount lockedAccount(String code) {
    String wanted = code == null ? Budget.PROGRAMME_ACCOUNT : code;
    return accounts
        .lockByCode(wanted)
        .orElseThrow(() -> new NotFoundException("Budget account", wanted));
  }

  /** The application's first commitment; refused (field {@code applicationRef}) if none. */
  LedgerEntry commitOf(String ref) {
    return entries
        .findCommit(ref)
        .orElseThrow(() -> new RuleViolation("applicationRef", "budget.not-committed", ref));
  }

  /** Refuses (field {@code amountHkd}, with what is available) more than the account has left. */
  void requireAvailable(BudgetAccount account, BigDecimal amount) {
    BigDecimal available = totals.available(account.id());
    if (amount.compareTo(available) > 0) {
      throw new RuleViolation(
          "amountHkd", "budget.commit.insufficient", money.amount(available), money.amount(amount));
    }
  }

  /**
   * Locks the commitment's account and refuses (field {@code amountHkd}, message {@code refusal}
   * with what is unpaid) more than is committed and unpaid for the application.
   */
  void requireUnpaid(String ref, LedgerEntry commit, BigDecimal amount, String refusal) {
    totals.lock(commit.account().id());
    BigDecimal unpaid = totals.application(ref).unpaid();
    if (amount.compareTo(unpaid) > 0) {
      throw new RuleViolation("amountHkd", refusal, money.amount(unpaid));
    }
  }

  LedgerEntry added(BudgetAccount account, BigDecimal amount, LocalDate on, String note) {
    LedgerEntry entry = LedgerEntry.budgetAdded(account, amount, on, note, actor());
    write(entry);
    return entry;
  }

  /** Saves the entry and audits it; a second commitment of an application is refused by name. */
  LedgerEntryView write(LedgerEntry entry) {
    try {
      entries.saveAndFlush(entry);
    } catch (DataIntegrityViolationException e) {
      if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(ONE_COMMIT_INDEX)) {
        throw new RuleViolation("applicationRef", "budget.commit.twice", entry.subjectId());
      }
      throw e;
    }
    audit.record(Budget.AUDIT_TYPE, entry.subjectId(), entry.kind().name(), entry.snapshot());
    return entry.view();
  }

  static String actor() {
    return CurrentUser.current().username();
  }
}
