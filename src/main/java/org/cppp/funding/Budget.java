package org.cppp.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.LedgerEntry.Movement;
import org.cppp.identity.CurrentUser;
import org.cppp.platform.MoneyFormat;
import org.cppp.shared.DateInput;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
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
  private static final String ONE_COMMIT_INDEX = "budget_entry_one_commit";

  private final BudgetAccounts accounts;
  private final LedgerEntries entries;
  private final LedgerTotals totals;
  private final AuditTrail audit;
  private final LedgerBatch batch;
  private final BudgetPeriods periods;
  private final Clock clock;
  private final MoneyFormat money;

  Budget(
      BudgetAccounts accounts,
      LedgerEntries entries,
      LedgerTotals totals,
      AuditTrail audit,
      LedgerBatch batch,
      BudgetPeriods periods,
      Clock clock,
      MoneyFormat money) {
    this.accounts = accounts;
    this.entries = entries;
    this.totals = totals;
    this.audit = audit;
    this.batch = batch;
    this.periods = periods;
    this.clock = clock;
    this.money = money;
  }

  /** Opens another budget account (e.g. a later programme's). */
  @PreAuthorize(FundingPolicy.EDIT)
  public BudgetAccountView openAccount(String code, String name, LocalDate from, LocalDate to) {
    if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
      throw new RuleViolation("code", "budget.account.code");
    }
    if (accounts.existsByCode(code)) {
      throw new RuleViolation("code", "budget.account.taken", code);
    }
    BudgetAccount account =
        accounts.saveAndFlush(new BudgetAccount(code, required(name, "name"), from, to, now()));
    periods.save(account.openingPeriod(actor(), now()));
    audit.record(
        AUDIT_TYPE,
        code,
        "ACCOUNT_OPENED",
        java.util.Map.of("name", name, "period", from + "/" + to));
    return account.view();
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
    BigDecimal amount = amount(amountHkd);
    LocalDate on = date(effectiveOn, "effectiveOn");
    BudgetAccount account = lockedAccount(accountCode);
    return added(account, amount, on, blankToNull(note)).view();
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
    boolean withMoney = commitment.amountHkd() != null;
    boolean later = commitment.extendsTo() != null;
    if (!withMoney && !later) {
      throw new RuleViolation("amountHkd", "budget.commitment.nothing");
    }
    BigDecimal amount = withMoney ? amount(commitment.amountHkd()) : null;
    LocalDate on = withMoney ? date(commitment.effectiveOn(), "effectiveOn") : null;
    LocalDate to = DateInput.on(clock).within("extendsTo", commitment.extendsTo());
    String note = later ? required(commitment.note(), "note") : blankToNull(commitment.note());
    BudgetAccount account = lockedAccount(accountCode);
    LedgerEntry entry = withMoney ? added(account, amount, on, note) : null;
    if (later) {
      BudgetPeriod period = account.extendTo(to, note, entry, actor(), now());
      periods.save(period);
      audit.record(AUDIT_TYPE, account.code(), "PERIOD_EXTENDED", period.snapshot());
    }
    return account.view();
  }

  /** The versions of an account's period, newest first. */
  @PreAuthorize(FundingPolicy.READ_BUDGET)
  @Transactional(readOnly = true)
  public List<BudgetPeriodView> periods(String accountCode) {
    return periods.history(account(accountCode).code()).stream().map(BudgetPeriod::view).toList();
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
    Commitment c = checked(new Commitment(applicationRef, scheme, amountHkd, decidedOn));
    BudgetAccount account = lockedAccount(accountCode);
    if (totals.committed(c.applicationRef())) {
      throw new RuleViolation("applicationRef", "budget.commit.twice", c.applicationRef());
    }
    account.requireCovers(c.decidedOn());
    requireAvailable(account, c.amountHkd());
    Movement movement =
        new Movement(c.applicationRef(), c.scheme(), c.amountHkd(), c.decidedOn(), null, null);
    return write(LedgerEntry.commit(account, movement, actor()));
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
    String ref = reference(applicationRef);
    BigDecimal amount = amount(amountHkd);
    LocalDate date = date(decidedOn, "decidedOn");
    String why = required(reason, "reason");
    LedgerEntry first = commitOf(ref);
    BudgetAccount account = lockedAccount(first.account().code());
    account.requireCovers(date);
    requireAvailable(account, amount);
    Movement movement = new Movement(ref, first.scheme(), amount, date, why, null);
    return write(LedgerEntry.commit(account, movement, actor()));
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
    if (commitments.isEmpty()) {
      return 0;
    }
    java.util.Set<String> refs = new java.util.LinkedHashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    List<Commitment> checked = new java.util.ArrayList<>(commitments.size());
    for (Commitment given : commitments) {
      Commitment c = checked(given);
      if (!refs.add(c.applicationRef())) {
        throw new RuleViolation("applicationRef", "budget.commit.twice", c.applicationRef());
      }
      total = total.add(c.amountHkd());
      checked.add(c);
    }
    BudgetAccount account = lockedAccount(PROGRAMME_ACCOUNT);
    checked.forEach(c -> account.requireCovers(c.decidedOn()));
    List<String> twice = batch.alreadyCommitted(List.copyOf(refs));
    if (!twice.isEmpty()) {
      throw new RuleViolation("applicationRef", "budget.commit.twice", twice.get(0));
    }
    requireAvailable(account, total);
    try {
      batch.insertCommits(account.id(), checked, actor());
    } catch (DataIntegrityViolationException e) {
      throw new RuleViolation("applicationRef", "budget.commit.twice", refs.iterator().next());
    }
    java.util.Map<String, java.util.Map<String, Object>> trail = new java.util.LinkedHashMap<>();
    for (Commitment c : checked) {
      trail.put(
          c.applicationRef(),
          java.util.Map.of(
              "account", account.code(),
              "amountHkd", c.amountHkd().toPlainString(),
              "effectiveOn", c.decidedOn().toString(),
              "scheme", c.scheme().name()));
    }
    audit.recordEach(AUDIT_TYPE, EntryKind.COMMIT.name(), trail);
    return checked.size();
  }

  /**
   * Returns committed money to the account (withdrawal, or completion below the approved amount).
   * At most what is committed and unpaid for the application (field {@code amountHkd}). The caller
   * (the applications module) checks that the user may act on the application.
   */
  @PreAuthorize(FundingPolicy.RELEASE)
  public LedgerEntryView release(
      String applicationRef, BigDecimal amountHkd, LocalDate on, String reason) {
    String ref = reference(applicationRef);
    BigDecimal amount = amount(amountHkd);
    LocalDate date = date(on, "on");
    String why = required(reason, "reason");
    LedgerEntry commit = commitOf(ref);
    totals.lock(commit.account().id());
    BigDecimal unpaid = totals.application(ref).unpaid();
    if (amount.compareTo(unpaid) > 0) {
      throw new RuleViolation("amountHkd", "budget.release.too-much", money.amount(unpaid));
    }
    Movement movement = new Movement(ref, commit.scheme(), amount, date, why, null);
    return write(LedgerEntry.release(commit.account(), movement, actor()));
  }

  /**
   * Records a claim paid against completed work. The total paid for an application never exceeds
   * its commitment net of releases (field {@code amountHkd}); {@code invoiceRef} is required.
   */
  @PreAuthorize(FundingPolicy.EDIT)
  public LedgerEntryView pay(
      String applicationRef, BigDecimal amountHkd, String invoiceRef, LocalDate paidOn) {
    String ref = reference(applicationRef);
    BigDecimal amount = amount(amountHkd);
    LocalDate date = date(paidOn, "paidOn");
    if (invoiceRef == null || invoiceRef.isBlank() || invoiceRef.trim().length() > 100) {
      throw new RuleViolation("invoiceRef", "budget.invoice.required");
    }
    LedgerEntry commit = commitOf(ref);
    totals.lock(commit.account().id());
    BigDecimal unpaid = totals.application(ref).unpaid();
    if (amount.compareTo(unpaid) > 0) {
      throw new RuleViolation("amountHkd", "budget.pay.too-much", money.amount(unpaid));
    }
    Movement movement = new Movement(ref, commit.scheme(), amount, date, null, invoiceRef.trim());
    return write(LedgerEntry.payment(commit.account(), movement, actor()));
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
    BudgetAccount account = account(accountCode);
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
    BudgetAccount account = account(accountCode);
    return BudgetReport.burn(
        account.periodFrom(), account.periodTo(), totals.monthly(account.id(), null));
  }

  /** An application's ledger entries, oldest first. */
  @PreAuthorize(FundingPolicy.READ_SUMMARY)
  @Transactional(readOnly = true)
  public List<LedgerEntryView> entriesFor(String applicationRef) {
    return entries.findByApplicationRefOrderByIdAsc(reference(applicationRef)).stream()
        .map(LedgerEntry::view)
        .toList();
  }

  private LedgerEntry added(BudgetAccount account, BigDecimal amount, LocalDate on, String note) {
    LedgerEntry entry = LedgerEntry.budgetAdded(account, amount, on, note, actor());
    write(entry);
    return entry;
  }

  private LedgerEntryView write(LedgerEntry entry) {
    try {
      entries.saveAndFlush(entry);
    } catch (DataIntegrityViolationException e) {
      if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(ONE_COMMIT_INDEX)) {
        throw new RuleViolation("applicationRef", "budget.commit.twice", entry.subjectId());
      }
      throw e;
    }
    audit.record(AUDIT_TYPE, entry.subjectId(), entry.kind().name(), entry.snapshot());
    return entry.view();
  }

  private BudgetAccount account(String code) {
    return accounts
        .findByCode(code == null ? PROGRAMME_ACCOUNT : code)
        .orElseThrow(() -> new NotFoundException("Budget account", code));
  }

  private BudgetAccount lockedAccount(String code) {
    String wanted = code == null ? PROGRAMME_ACCOUNT : code;
    return accounts
        .lockByCode(wanted)
        .orElseThrow(() -> new NotFoundException("Budget account", wanted));
  }

  private Instant now() {
    return clock.instant();
  }

  private LedgerEntry commitOf(String ref) {
    return entries
        .findCommit(ref)
        .orElseThrow(() -> new RuleViolation("applicationRef", "budget.not-committed", ref));
  }

  /** A commitment's own fields, each refused by name: reference, scheme, amount, decision date. */
  private static Commitment checked(Commitment c) {
    String ref = reference(c.applicationRef());
    if (c.scheme() == null) {
      throw new RuleViolation("scheme", "budget.scheme.required");
    }
    return new Commitment(ref, c.scheme(), amount(c.amountHkd()), date(c.decidedOn(), "decidedOn"));
  }

  /** Refuses (field {@code amountHkd}, with what is available) more than the account has left. */
  private void requireAvailable(BudgetAccount account, BigDecimal amount) {
    BigDecimal available = totals.available(account.id());
    if (amount.compareTo(available) > 0) {
      throw new RuleViolation(
          "amountHkd", "budget.commit.insufficient", money.amount(available), money.amount(amount));
    }
  }

  private static String reference(String applicationRef) {
    if (applicationRef == null || applicationRef.isBlank() || applicationRef.trim().length() > 40) {
      throw new RuleViolation("applicationRef", "budget.application.required");
    }
    return applicationRef.trim();
  }

  private static BigDecimal amount(BigDecimal amountHkd) {
    if (amountHkd == null || amountHkd.signum() <= 0) {
      throw new RuleViolation("amountHkd", "budget.amount.positive");
    }
    return DecimalInput.cents("amountHkd", amountHkd);
  }

  private static LocalDate date(LocalDate date, String field) {
    if (date == null) {
      throw new RuleViolation(field, "budget.date.required");
    }
    return date;
  }

  private static String required(String text, String field) {
    if (text == null || text.isBlank() || text.trim().length() > 500) {
      throw new RuleViolation(field, "budget." + field + ".required");
    }
    return text.trim();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static String actor() {
    return CurrentUser.current().username();
  }
}
