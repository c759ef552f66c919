package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Commit, release and pay against a fresh account; the ledger is append-only. */
@IntegrationTest
class BudgetTests {

  static final LocalDate DECIDED = LocalDate.of(2011, 6, 15);

  @Autowired Budget budget;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  /** A new account holding this much budget. */
  String account(String budgetHkd) {
    return FreshAccounts.open(budget, "T", new BigDecimal(budgetHkd));
  }

  static String ref() {
    return "APP-T-" + UUID.randomUUID().toString().substring(0, 12);
  }

  LedgerEntryView commit(String account, String ref, String amount) {
    return SystemActor.call(
        () ->
            budget.commit(
                account, ref, Scheme.DEMONSTRATION_PROJECT, new BigDecimal(amount), DECIDED));
  }

  @Test
  void programmeAccountHoldsTheGovernmentCommitment() {
    assertThat(SystemActor.call(() -> budget.commitmentsAdded(Budget.PROGRAMME_ACCOUNT)))
        .anySatisfy(
            e -> {
              assertThat(e.amountHkd()).isEqualTo("93060000.00");
              assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2008, 4, 1));
              assertThat(e.kind()).isEqualTo(EntryKind.COMMITMENT_ADDED);
            });
  }

  @Test
  void commitReducesAvailableAndRefusesMoreThanIsLeft() {
    String account = account("100000.00");
    commit(account, ref(), "60000.00");
    assertThatThrownBy(() -> commit(account, ref(), "40000.01"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("amountHkd");
              assertThat(v.messageKey()).isEqualTo("budget.commit.insufficient");
              assertThat(v.arguments()).contains("40,000.00");
            });
    commit(account, ref(), "40000.00");
    BudgetSummary summary = SystemActor.call(() -> budget.summary(account, null));
    assertThat(summary.committedHkd()).isEqualTo("100000.00");
    assertThat(summary.availableHkd()).isEqualTo("0.00");
  }

  @Test
  void applicationIsCommittedOnlyOnce() {
    String account = account("100000.00");
    String ref = ref();
    commit(account, ref, "1000.00");
    assertThatThrownBy(() -> commit(account, ref, "1000.00"))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("budget.commit.twice"));
    String other = account("100000.00");
    assertThatThrownBy(() -> commit(other, ref, "1000.00")).isInstanceOf(RuleViolation.class);
  }

  @Test
  void databaseRefusesASecondCommitRowEvenWithoutTheFacade() {
    String account = account("100000.00");
    String ref = ref();
    commit(account, ref, "1000.00");
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into budget_entry (account_id, kind, application_ref, scheme,"
                            + " amount_hkd, effective_on, actor) select account_id, kind,"
                            + " application_ref, scheme, amount_hkd, effective_on, actor"
                            + " from budget_entry where application_ref = ?")
                    .param(ref)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("budget_entry_one_commit");
  }

  @Test
  void releaseReturnsAtMostWhatIsCommittedAndUnpaid() {
    String account = account("200000.00");
    String ref = ref();
    commit(account, ref, "160000.00");
    SystemActor.run(
        () -> budget.pay(ref, new BigDecimal("100000.00"), "INV-1", LocalDate.of(2012, 5, 2)));
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () -> budget.release(ref, new BigDecimal("60000.01"), DECIDED, "under-spent")))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("amountHkd");
              assertThat(v.arguments()).contains("60,000.00");
            });
    SystemActor.run(
        () -> budget.release(ref, new BigDecimal("60000.00"), DECIDED, "completed below"));
    BudgetSummary summary = SystemActor.call(() -> budget.summary(account, null));
    assertThat(summary.committedHkd()).isEqualTo("100000.00");
    assertThat(summary.paidHkd()).isEqualTo("100000.00");
    assertThat(summary.availableHkd()).isEqualTo("100000.00");
    assertThat(summary.byFinancialYear())
        .extracting(BudgetSummary.YearTotals::financialYear)
        .contains("2011/12", "2012/13");
  }

  @Test
  void paymentsNeverExceedTheNetCommitment() {
    String account = account("50000.00");
    String ref = ref();
    commit(account, ref, "15000.00");
    SystemActor.run(() -> budget.release(ref, new BigDecimal("5000.00"), DECIDED, "withdrawn"));
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () -> budget.pay(ref, new BigDecimal("10000.01"), "INV-2", DECIDED)))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("budget.pay.too-much"));
    assertThatThrownBy(
            () -> SystemActor.run(() -> budget.pay(ref, new BigDecimal("1.00"), " ", DECIDED)))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("invoiceRef"));
    SystemActor.run(() -> budget.pay(ref, new BigDecimal("10000.00"), "INV-2", DECIDED));
    assertThat(SystemActor.call(() -> budget.entriesFor(ref)))
        .extracting(LedgerEntryView::kind)
        .containsExactly(EntryKind.COMMIT, EntryKind.RELEASE, EntryKind.PAYMENT);
  }

  @Test
  void releaseOrPaymentWithoutCommitmentIsRefused() {
    assertThatThrownBy(
            () -> SystemActor.run(() -> budget.pay(ref(), BigDecimal.ONE, "INV", DECIDED)))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("budget.not-committed"));
  }

  @Test
  void everyLedgerWriteIsAudited() {
    String account = account("50000.00");
    String ref = ref();
    commit(account, ref, "15000.00");
    assertThat(audit.of("budget", ref))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("COMMIT");
              assertThat(e.actor()).isEqualTo("system");
              assertThat(e.changes()).containsEntry("amountHkd", "15000.00");
            });
    assertThat(audit.of("budget", account))
        .extracting(e -> e.action())
        .contains("COMMITMENT_ADDED", "ACCOUNT_OPENED");
  }

  @Test
  void ledgerEntriesCannotBeChangedOrDeleted() {
    String account = account("50000.00");
    String ref = ref();
    commit(account, ref, "15000.00");
    assertThatThrownBy(
            () ->
                jdbc.sql("update budget_entry set amount_hkd = 1 where application_ref = ?")
                    .param(ref)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from budget_entry where application_ref = ?").param(ref).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(SystemActor.call(() -> budget.entriesFor(ref)).get(0).amountHkd())
        .isEqualTo("15000.00");
  }
}
