package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.cppp.platform.SystemActor;

/** A new budget account per test, so tests sharing the database never share a balance. */
final class FreshAccounts {

  static final LocalDate START = LocalDate.of(2008, 4, 1);
  static final LocalDate END = LocalDate.of(2013, 3, 31);

  private FreshAccounts() {}

  /** A new account {@code prefix-XXXXXXXX} for 2008-04-01 to 2013-03-31 holding this budget. */
  static String open(Budget budget, String prefix, BigDecimal budgetHkd) {
    String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    SystemActor.run(
        () -> {
          budget.openAccount(code, "Test account " + prefix, START, END);
          budget.addCommitment(code, budgetHkd, START, "test");
        });
    return code;
  }
}
