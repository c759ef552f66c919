package org.cppp.funding;

import static org.cppp.funding.LedgerInput.amount;
import static org.cppp.funding.LedgerInput.blankToNull;
import static org.cppp.funding.LedgerInput.date;
import static org.cppp.funding.LedgerInput.required;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.shared.DateInput;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Budget accounts and their periods, for {@link Budget}: opening an account, the government's
 * further commitments to it (money added, its period extended as a new version).
 */
@Component
class AccountPeriods {

  private final BudgetAccounts accounts;
  private final BudgetPeriods periods;
  private final Ledger ledger;
  private final AuditTrail audit;
  private final Clock clock;

  AccountPeriods(
      BudgetAccounts accounts,
      BudgetPeriods periods,
      Ledger ledger,
      AuditTrail audit,
      Clock clock) {
    this.accounts = accounts;
    this.periods = periods;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  BudgetAccountView open(String code, String name, LocalDate from, LocalDate to) {
    if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
      throw new RuleViolation("code", "budget.account.code");
    }
    if (accounts.existsByCode(code)) {
      throw new RuleViolation("code", "budget.account.taken", code);
    }
    BudgetAccount account =
        accounts.saveAndFlush(
            new BudgetAccount(code, required(name, "name"), from, to, clock.instant()));
    periods.save(account.openingPeriod(Ledger.actor(), clock.instant()));
    audit.record(
        Budget.AUDIT_TYPE, code, "ACCOUNT_OPENED", Map.of("name", name, "period", from + "/" + to));
    return account.view();
  }

  LedgerEntryView add(
      String accountCode, BigDecimal amountHkd, LocalDate effectiveOn, String note) {
    BigDecimal amount = amount(amountHkd);
    LocalDate on = date(effectiveOn, "effectiveOn");
    BudgetAccount account = ledger.lockedAccount(accountCode);
    return ledger.added(account, amount, on, blankToNull(note)).view();
  }

  BudgetAccountView record(String accountCode, NewCommitment commitment) {
    boolean withMoney = commitment.amountHkd() != null;
    boolean later = commitment.extendsTo() != null;
    if (!withMoney && !later) {
      throw new RuleViolation("amountHkd", "budget.commitment.nothing");
    }
    BigDecimal amount = withMoney ? amount(commitment.amountHkd()) : null;
    LocalDate on = withMoney ? date(commitment.effectiveOn(), "effectiveOn") : null;
    LocalDate to = DateInput.on(clock).within("extendsTo", commitment.extendsTo());
    String note = later ? required(commitment.note(), "note") : blankToNull(commitment.note());
    BudgetAccount account = ledger.lockedAccount(accountCode);
    LedgerEntry entry = withMoney ? ledger.added(account, amount, on, note) : null;
    if (later) {
      BudgetPeriod period = account.extendTo(to, note, entry, Ledger.actor(), clock.instant());
      periods.save(period);
      audit.record(Budget.AUDIT_TYPE, account.code(), "PERIOD_EXTENDED", period.snapshot());
    }
    return account.view();
  }
}
