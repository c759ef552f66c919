package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cppp.platform.SystemActor;
import org.cppp.support.TwoInstances;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Approvals at the budget's edge sent to two instances on one database never over-commit. */
class TwoInstanceBudgetRaceTests {

  @Test
  void twoHundredConcurrentApprovalsAcrossTwoInstancesNeverOverCommit() throws Exception {
    TwoInstances instances = TwoInstances.get();
    Budget first = instances.first().getBean(Budget.class);
    Budget second = instances.second().getBean(Budget.class);
    BigDecimal budgetHkd = new BigDecimal("1000000.00");
    BigDecimal amount = new BigDecimal("15000.00");
    String account = FreshAccounts.open(first, "RACE2", budgetHkd);
    String prefix = "APP-2I-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<Runnable> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Budget instance = i % 2 == 0 ? first : second;
      String ref = prefix + i;
      tasks.add(
          () ->
              instance.commit(
                  account, ref, Scheme.ON_SITE_ASSESSMENT, amount, BudgetRaceTests.DECIDED));
    }
    // the same application approved on both instances at once as well
    String twice = prefix + "twice";
    for (Budget instance : List.of(first, second, first, second)) {
      tasks.add(
          () ->
              instance.commit(
                  account, twice, Scheme.ON_SITE_ASSESSMENT, amount, BudgetRaceTests.DECIDED));
    }

    BudgetRaceTests.Outcome outcome = BudgetRaceTests.race(tasks);

    int fits = budgetHkd.divideToIntegralValue(amount).intValue();
    assertThat(outcome.unexpected()).isEmpty();
    assertThat(outcome.succeeded()).isEqualTo(fits);
    assertThat(outcome.refused()).isEqualTo(tasks.size() - fits);
    BudgetSummary seenBySecond = SystemActor.call(() -> second.summary(account, null));
    assertThat(seenBySecond.committedHkd())
        .isEqualByComparingTo(amount.multiply(new BigDecimal(fits)))
        .isLessThanOrEqualTo(budgetHkd);
    assertThat(seenBySecond.availableHkd().signum()).isNotNegative();
    assertThat(
            instances
                .first()
                .getBean(JdbcClient.class)
                .sql(
                    "select count(*) from (select application_ref from budget_entry where kind ="
                        + " 'COMMIT' and application_ref like ? group by application_ref"
                        + " having count(*) > 1) twice")
                .param(prefix + "%")
                .query(Long.class)
                .single())
        .isZero();
  }
}
