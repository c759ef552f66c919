package org.cppp.funding;

import static org.cppp.funding.LedgerInput.amount;
import static org.cppp.funding.LedgerInput.checked;
import static org.cppp.funding.LedgerInput.date;
import static org.cppp.funding.LedgerInput.reference;
import static org.cppp.funding.LedgerInput.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.LedgerEntry.Movement;
import org.cppp.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The money an application moves, for {@link Budget}: its commitment (once, or in a batch), a
 * further commitment for an approved variation, releases and payments, each under its guard.
 */
@Component
class LedgerMovements {

  private final Ledger ledger;
  private final LedgerTotals totals;
  private final LedgerBatch batch;
  private final AuditTrail audit;

  LedgerMovements(Ledger ledger, LedgerTotals totals, LedgerBatch batch, AuditTrail audit) {
    this.ledger = ledger;
    this.totals = totals;
    this.batch = batch;
    this.audit = audit;
  }

  LedgerEntryView commit(String accountCode, Commitment given) {
    Commitment c = checked(given);
    BudgetAccount account = ledger.lockedAccount(accountCode);
    if (totals.committed(c.applicationRef())) {
      throw new RuleViolation("applicationRef", "budget.commit.twice", c.applicationRef());
    }
    account.requireCovers(c.decidedOn());
    ledger.requireAvailable(account, c.amountHkd());
    Movement movement =
        new Movement(c.applicationRef(), c.scheme(), c.amountHkd(), c.decidedOn(), null, null);
    return ledger.write(LedgerEntry.commit(account, movement, Ledger.actor()));
  }

  LedgerEntryView commitMore(
      String applicationRef, BigDecimal amountHkd, LocalDate decidedOn, String reason) {
    String ref = reference(applicationRef);
    BigDecimal amount = amount(amountHkd);
    LocalDate date = date(decidedOn, "decidedOn");
    String why = required(reason, "reason");
    LedgerEntry first = ledger.commitOf(ref);
    BudgetAccount account = ledger.lockedAccount(first.account().code());
    account.requireCovers(date);
    ledger.requireAvailable(account, amount);
    Movement movement = new Movement(ref, first.scheme(), amount, date, why, null);
    return ledger.write(LedgerEntry.commit(account, movement, Ledger.actor()));
  }

  int commitAll(List<Commitment> commitments) {
    if (commitments.isEmpty()) {
      return 0;
    }
    List<Commitment> checked = checkedOnce(commitments);
    BudgetAccount account = ledger.lockedAccount(Budget.PROGRAMME_ACCOUNT);
    checked.forEach(c -> account.requireCovers(c.decidedOn()));
    List<String> refs = checked.stream().map(Commitment::applicationRef).toList();
    List<String> twice = batch.alreadyCommitted(refs);
    if (!twice.isEmpty()) {
      throw new RuleViolation("applicationRef", "budget.commit.twice", twice.get(0));
    }
    ledger.requireAvailable(
        account,
        checked.stream().map(Commitment::amountHkd).reduce(BigDecimal.ZERO, BigDecimal::add));
    try {
      batch.insertCommits(account.id(), checked, Ledger.actor());
    } catch (DataIntegrityViolationException e) {
      throw new RuleViolation("applicationRef", "budget.commit.twice", refs.get(0));
    }
    audit.recordEach(Budget.AUDIT_TYPE, EntryKind.COMMIT.name(), trail(account, checked));
    return checked.size();
  }

  LedgerEntryView release(
      String applicationRef, BigDecimal amountHkd, LocalDate on, String reason) {
    String ref = reference(applicationRef);
    BigDecimal amount = amount(amountHkd);
    LocalDate date = date(on, "on");
    String why = required(reason, "reason");
    LedgerEntry commit = ledger.commitOf(ref);
    ledger.requireUnpaid(ref, commit, amount, "budget.release.too-much");
    Movement movement = new Movement(ref, commit.scheme(), amount, date, why, null);
    return ledger.write(LedgerEntry.release(commit.account(), movement, Ledger.actor()));
  }

  LedgerEntryView pay(
      String applicationRef, BigDecimal amountHkd, String invoiceRef, LocalDate paidOn) {
    String ref = reference(applicationRef);
    BigDecimal amount = amount(amountHkd);
    LocalDate date = date(paidOn, "paidOn");
    if (invoiceRef == null || invoiceRef.isBlank() || invoiceRef.trim().length() > 100) {
      throw new RuleViolation("invoiceRef", "budget.invoice.required");
    }
    LedgerEntry commit = ledger.commitOf(ref);
    ledger.requireUnpaid(ref, commit, amount, "budget.pay.too-much");
    Movement movement = new Movement(ref, commit.scheme(), amount, date, null, invoiceRef.trim());
    return ledger.write(LedgerEntry.payment(commit.account(), movement, Ledger.actor()));
  }

  /** Each commitment checked, an application named twice in the batch refused. */
  private static List<Commitment> checkedOnce(List<Commitment> commitments) {
    Set<String> refs = new LinkedHashSet<>();
    List<Commitment> checked = new ArrayList<>(commitments.size());
    for (Commitment given : commitments) {
      Commitment c = checked(given);
      if (!refs.add(c.applicationRef())) {
        throw new RuleViolation("applicationRef", "budget.commit.twice", c.applicationRef());
      }
      checked.add(c);
    }
    return checked;
  }

  private static Map<String, Map<String, Object>> trail(
      BudgetAccount account, List<Commitment> checked) {
    Map<String, Map<String, Object>> trail = new LinkedHashMap<>();
    for (Commitment c : checked) {
      trail.put(
          c.applicationRef(),
          Map.of(
              "account", account.code(),
              "amountHkd", c.amountHkd().toPlainString(),
              "effectiveOn", c.decidedOn().toString(),
              "scheme", c.scheme().name()));
    }
    return trail;
  }
}
