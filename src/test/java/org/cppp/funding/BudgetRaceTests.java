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

  @Test
  void twoConcurrentCommitmentsNeverOverCommit() throws Exception {
    String account = freshAccount(new BigDecimal("20000.00"));
    List<Runnable> tasks = new ArrayList<>();
    for (String ref : List.of("APP-2A-" + UUID.randomUUID(), "APP-2B-" + UUID.randomUUID())) {
      tasks.add(
          () ->
              budget.commit(
                  account,
                  ref.substring(0, 40),
                  Scheme.ON_SITE_ASSESSMENT,
                  new BigDecimal("15000.00"),
                  DECIDED));
    }
    Outcome outcome = race(tasks);
    assertThat(outcome.unexpected()).isEmpty();
    assertThat(outcome.succeeded()).isEqualTo(1);
    assertThat(outcome.refused()).isEqualTo(1);
    assertThat(SystemActor.call(() -> budget.summary(account, null)).availableHkd())
        .isEqualByComparingTo("5000.00");
  }

  @Test
  void twoConcurrentExtensionsAreRecordedOneAfterTheOther() throws Exception {
    String account = freshAccount(new BigDecimal("1000.00"));
    LocalDate sooner = LocalDate.of(2014, 3, 31);
    LocalDate later = LocalDate.of(2015, 3, 31);
    Outcome outcome =
        race(
            List.of(
                () -> budget.recordCommitment(account, new NewCommitment(null, null, sooner, "a")),
                () -> budget.recordCommitment(account, new NewCommitment(null, null, later, "b"))));
    assertThat(outcome.unexpected()).isEmpty();
    List<BudgetPeriodView> versions = SystemActor.call(() -> budget.periods(account));
    assertThat(versions.get(0).periodTo()).isEqualTo(later);
    // either both in turn (2014 then 2015), or 2015 first and 2014 refused as not later
    assertThat(versions).hasSize(1 + outcome.succeeded());
    assertThat(versions)
        .extracting(BudgetPeriodView::version)
        .isEqualTo(
            java.util.stream.IntStream.iterate(versions.size(), v -> v - 1)
                .limit(versions.size())
                .boxed()
                .toList());
    assertThat(versions)
        .extracting(BudgetPeriodView::periodTo)
        .isSortedAccordingTo((x, y) -> y.compareTo(x));
  }

  private String freshAccount(BigDecimal budgetHkd) {
    return FreshAccounts.open(budget, "RACE", budgetHkd);
  }

  /** Runs every task at once (start gate), each as the system actor. */
  static Outcome race(List<Runnable> tasks) throws Exception {
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
