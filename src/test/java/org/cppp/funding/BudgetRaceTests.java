package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Approvals race: never over-commit, never commit an application twice. */
@IntegrationTest
class BudgetRaceTests {

  static final LocalDate DECIDED = LocalDate.of(2011, 9, 1);

  @Autowired Budget budget;
  @Autowired JdbcClient jdbc;

  @Test
  void twoHundredConcurrentApprovalsNeverOverCommit() throws Exception {
    BigDecimal budgetHkd = new BigDecimal("1000000.00");
    BigDecimal amount = new BigDecimal("15000.00");
    String account = freshAccount(budgetHkd);
    String prefix = "APP-R-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      refs.add(prefix + i);
    }

    long started = System.nanoTime();
    Outcome outcome =
        race(
            refs.stream()
                .map(
                    ref ->
                        (Runnable)
                            () ->
                                budget.commit(
                                    account, ref, Scheme.ON_SITE_ASSESSMENT, amount, DECIDED))
                .toList());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.println("200-way commit race took " + millis + " ms");

    int fits = budgetHkd.divideToIntegralValue(amount).intValue();
    assertThat(outcome.unexpected()).isEmpty();
    assertThat(outcome.succeeded()).isEqualTo(fits);
    assertThat(outcome.refused()).isEqualTo(200 - fits);
    BudgetSummary summary = SystemActor.call(() -> budget.summary(account, null));
    assertThat(summary.committedHkd()).isEqualByComparingTo(amount.multiply(new BigDecimal(fits)));
    assertThat(summary.committedHkd()).isLessThanOrEqualTo(budgetHkd);
    assertThat(summary.availableHkd().signum()).isNotNegative();
    assertThat(
            jdbc.sql(
                    "select count(*) from (select application_ref from budget_entry where kind ="
                        + " 'COMMIT' and application_ref like ? group by application_ref"
                        + " having count(*) > 1) twice")
                .param(prefix + "%")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void twentyConcurrentApprovalsOfOneApplicationCommitItOnce() throws Exception {
    String account = freshAccount(new BigDecimal("1000000.00"));
    String ref = "APP-S-" + UUID.randomUUID().toString().substring(0, 8);
    List<Runnable> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tasks.add(
          () ->
              budget.commit(
                  account, ref, Scheme.VERIFICATION, new BigDecimal("15000.00"), DECIDED));
    }
    Outcome outcome = race(tasks);
    assertThat(outcome.unexpected()).isEmpty();
    assertThat(outcome.succeeded()).isEqualTo(1);
    assertThat(outcome.refused()).isEqualTo(19);
    assertThat(SystemActor.call(() -> budget.entriesFor(ref))).hasSize(1);
  }

  private String freshAccount(BigDecimal budgetHkd) {
    String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    SystemActor.run(
        () -> {
          budget.openAccount(code, "Race", LocalDate.of(2008, 4, 1), LocalDate.of(2013, 3, 31));
          budget.addCommitment(code, budgetHkd, LocalDate.of(2008, 4, 1), "race");
        });
    return code;
  }

  /** Runs every task at once (start gate), each as the system actor. */
  private static Outcome race(List<Runnable> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch gate = new CountDownLatch(1);
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    gate.await();
                    SystemActor.run(task);
                    succeeded.incrementAndGet();
                  } catch (RuleViolation e) {
                    refused.incrementAndGet();
                  } catch (Throwable e) {
                    unexpected.add(e);
                  }
                  return null;
                }));
      }
      gate.countDown();
      for (Future<?> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(succeeded.get(), refused.get(), List.copyOf(unexpected));
  }

  record Outcome(int succeeded, int refused, List<Throwable> unexpected) {}
}
