package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Role;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The budget alone (identity included only to sign the test's users in): money committed to an
 * application and paid against it moves the account's balance, each movement audited under the
 * officer's name, and the ledger refuses to commit more than is left or to pay more than was
 * committed.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "identity")
@DirtiesContext
@Import(TestAccounts.class)
class FundingModuleTests {

  @Autowired TestAccounts accounts;
  @Autowired Budget budget;
  @Autowired AuditTrail audit;

  @Test
  void aCommitmentAndItsPaymentMoveTheBalanceAuditedAndNeverBeyondIt() {
    String account = FreshAccounts.open(budget, "MOD", new BigDecimal("500000"));
    String ref = "MOD-" + UUID.randomUUID().toString().substring(0, 8);
    String officer = accounts.create(Role.OFFICER);
    LocalDate decided = LocalDate.of(2010, 6, 1);

    accounts.as(
        officer,
        () ->
            budget.commit(
                account, ref, Scheme.DEMONSTRATION_PROJECT, new BigDecimal("300000"), decided));
    assertThatThrownBy(
            () ->
                accounts.as(
                    officer,
                    () ->
                        budget.commit(
                            account,
                            ref + "-2",
                            Scheme.DEMONSTRATION_PROJECT,
                            new BigDecimal("200000.01"),
                            decided)))
        .isInstanceOfSatisfying(
            RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("amountHkd"));
    SystemActor.run(
        () -> budget.pay(ref, new BigDecimal("120000"), "INV-1", decided.plusMonths(6)));
    assertThatThrownBy(
            () ->
                SystemActor.run(
                    () ->
                        budget.pay(
                            ref, new BigDecimal("180000.01"), "INV-2", decided.plusYears(1))))
        .isInstanceOfSatisfying(
            RuleViolation.class, refused -> assertThat(refused.field()).isEqualTo("amountHkd"));

    BudgetSummary summary = SystemActor.call(() -> budget.summary(account, decided.plusYears(2)));
    assertThat(summary.committedHkd()).isEqualByComparingTo("300000");
    assertThat(summary.paidHkd()).isEqualByComparingTo("120000");
    assertThat(summary.availableHkd()).isEqualByComparingTo("200000");
    assertThat(SystemActor.call(() -> audit.of(Budget.AUDIT_TYPE, ref)))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PAYMENT", "system"),
            org.assertj.core.groups.Tuple.tuple("COMMIT", officer));
  }
}
