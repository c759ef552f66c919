package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget ledger's facade. Approvals commit an application's government share, withdrawals and
 * under-spends release it, claims are paid against it; the programme account ({@value
 * #PROGRAMME_ACCOUNT}) is used unless an account is named. Every entry is also written to the audit
 * trail. Never over-commits and commits an application at most once, however many approvals race
 * (the account row is locked while its balance is checked; a unique index backs the rest). Commits
 * only decisions dated within the account's period, which a further commitment may extend.
 */
@Service
@Transactional
public class Budget {

  /** The programme's account: HK$93.06 million for 2008-04-01 to 2013-03-31, plus later money. */
  public static final String PROGRAMME_ACCOUNT = "CPPP";

  static final String AUDIT_TYPE = "budget";

  private final BudgetAccounts accounts;
  private final LedgerEntries entries;
  private final LedgerTotals totals;
  private final BudgetPeriods periods;
  private final Ledger ledger;
  private final AccountPeriods accountPeriods;
  private final LedgerMovements movements;

  Budget(
      BudgetAccounts accounts,
      LedgerEntries entries,
      LedgerTotals totals,
      BudgetPeriods periods,
      Ledger ledger,
      AccountPeriods accountPeriods,
      LedgerMovements movements) {
    this.accounts = accounts;
    this.entries = entries;
    this.totals = totals;
    this.periods = periods;
    this.ledger = ledger;
    this.accountPeriods = accountPeriods;
    this.movements = movements;
  }

  /** Opens another budget account (e.g. a later programme's). */
  @PreAuthorize(FundingPolicy.EDIT)
  public BudgetAccountView openAccount(String code, String name, LocalDate from, LocalDate to) {
    return accountPeriods.open(code, name, from, to);
  }

  /** The budget accounts, oldest first. */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public List<BudgetAccountView> accounts() {
    return accounts.findAllByOrderByPeriodFromAscCodeAsc().stream()
        .map(BudgetAccount::view)
        .toList();
  }

  /** Adds budget (a further government commitment) to the programme account. */
  @PreAuthorize(FundingPolicy.EDIT)
  public LedgerEntryView addCommitment(BigDecimal amountHkd, LocalDate effectiveOn, String note) {
    return addCommitment(PROGRAMME_ACCOUNT, amountHkd, effectiveOn, note);
  }

  /** Adds budget to a named account. */
  @PreAuthorize(FundingPolicy.EDIT)
  public LedgerEntryView addCommitment(
      String accountCode, BigDecimal amountHkd, LocalDate effectiveOn, String note) {
    return accountPeriods.add(accountCode, amountHkd, effectiveOn, note);
  }

  /**
   * Records a further commitment to an account: budget added, a later end of its period, or both
   * (neither: field {@code amountHkd}). An extension needs a reason (field {@code note}) and an end
   * after the current one (field {@code extendsTo}); it becomes the period's next version, audited.
   *
   * @return the account as it now stands
   */
  @PreAuthorize(FundingPolicy.EDIT)
  public BudgetAccountView recordCommitment(String accountCode, NewCommitment commitment) {
    return accountPeriods.record(accountCode, commitment);
  }

  /** The versions of an account's period, newest first. */
  @PreAuthorize(FundingPolicy.READ_BUDGET)
  @Transactional(readOnly = true)
  public List<BudgetPeriodView> periods(String accountCode) {
    return periods.history(ledger.account(accountCode).code()).stream()
        .map(BudgetPeriod::view)
        .toList();
  }

  /** Budget added to an account, newest first. */
  @PreAuthorize(FundingPolicy.READ_BUDGET)
  @Transactional(readOnly = true)
  public List<LedgerEntryView> commitmentsAdded(String accountCode) {
    return entries.budgetAdded(accountCode).stream().map(LedgerEntry::view).toList();
  }

  /**
   * Commits an approved application's government share against the programme account. Refuses
   * (field {@code amountHkd}, with the amount available) more than the uncommitted balance, a
   * second commitment for the same application (field {@code applicationRef}), and (a {@link
   * org.cppp.shared.StateConflict} naming the period) a decision dated outside the account's
   * period.
   */
  @PreAuthorize(FundingPolicy.COMMIT)
  public LedgerEntryView commit(
      String applicationRef, Scheme scheme, BigDecimal amountHkd, LocalDate decidedOn) {
    return commit(PROGRAMME_ACCOUNT, applicationRef, scheme, amountHkd, decidedOn);
  }

  /**
   * Commits against a named account; otherwise as {@link #commit(String, Scheme, BigDecimal,
   * LocalDate)}.
   */
  @PreAuthorize(FundingPolicy.COMMIT)
  public LedgerEntryView commit(
      String accountCode,
      String applicationRef,
      Scheme scheme,
      BigDecimal amountHkd,
      LocalDate decidedOn) {
    return movements.commit(
        accountCode, new Commitment(applicationRef, scheme, amountHkd, decidedOn));
  }

  /**
   * Commits more for an application already committed (an approved variation that raises its
   * grant), against the account of its first commitment, by the same guards: the account is locked
   * while its balance is checked (field {@code amountHkd}, with what is available), and the date
   * must lie within the account's period. {@code reason} names the variation.
   */
  @PreAuthorize(FundingPolicy.COMMIT)
  public LedgerEntryView commitMore(
      String applicationRef, BigDecimal amountHkd, LocalDate decidedOn, String reason) {
    return movements.commitMore(applicationRef, amountHkd, decidedOn, reason);
  }

  /**
   * Commits many approved applications' shares against the programme account at once (bulk imports
   * of decided applications): the account is locked once, the balance checked for the batch's total
   * (field {@code amountHkd}), any application committed before or twice in the batch refused
   * (field {@code applicationRef}), and any decided outside the account's period (a conflict); the
   * unique index still guards against races. All or none.
   *
   * @return how many were committed
   */
  @PreAuthorize(FundingPolicy.EDIT)
  public int commitAll(List<Commitment> commitments) {
    return movements.commitAll(commitments);
  }

  /**
   * Returns committed money to the account (withdrawal, or completion below the approved amount).
   * At most what is committed and unpaid for the application (field {@code amountHkd}). The caller
   * (the applications module) checks that the user may act on the application.
   */
  @PreAuthorize(FundingPolicy.RELEASE)
  public LedgerEntryView release(
      String applicationRef, BigDecimal amountHkd, LocalDate on, String reason) {
    return movements.release(applicationRef, amountHkd, on, reason);
  }

  /**
   * Records a claim paid against completed work. The total paid for an application never exceeds
   * its commitment net of releases (field {@code amountHkd}); {@code invoiceRef} is required.
   */
  @PreAuthorize(FundingPolicy.EDIT)
  public LedgerEntryView pay(
      String applicationRef, BigDecimal amountHkd, String invoiceRef, LocalDate paidOn) {
    return movements.pay(applicationRef, amountHkd, invoiceRef, paidOn);
  }

  /** The programme account's totals over all entries. */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public BudgetSummary summary() {
    return summary(PROGRAMME_ACCOUNT, null);
  }

  /** The programme account's totals over entries effective up to {@code asAt}. */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public BudgetSummary summary(LocalDate asAt) {
    return summary(PROGRAMME_ACCOUNT, asAt);
  }

  /** A named account's totals up to {@code asAt} ({@code null}: all entries). */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public BudgetSummary summary(String accountCode, LocalDate asAt) {
    BudgetAccount account = ledger.account(accountCode);
    return BudgetReport.summary(account.code(), asAt, totals.monthly(account.id(), asAt));
  }

  /** Cumulative committed and paid per month over the programme account's period. */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public List<BurnPoint> burn() {
    return burn(PROGRAMME_ACCOUNT);
  }

  /**
   * Cumulative committed and paid per month over a named account's period (and any later entry).
   */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public List<BurnPoint> burn(String accountCode) {
    BudgetAccount account = ledger.account(accountCode);
    return BudgetReport.burn(
        account.periodFrom(), account.periodTo(), totals.monthly(account.id(), null));
  }

  /** An application's ledger entries, oldest first. */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public List<LedgerEntryView> entriesFor(String applicationRef) {
    return entries.findByApplicationRefOrderByIdAsc(LedgerInput.reference(applicationRef)).stream()
        .map(LedgerEntry::view)
        .toList();
  }
}
