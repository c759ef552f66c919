package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.LedgerTotals.Monthly;
import org.junit.jupiter.api.Test;

/** Summary and burn curve from ledger sums, without a database. */
class BudgetReportTests {

  static Monthly row(EntryKind kind, Scheme scheme, String month, String amount, long n) {
    return new Monthly(kind, scheme, LocalDate.parse(month + "-01"), new BigDecimal(amount), n);
  }

  final List<Monthly> rows =
      List.of(
          row(EntryKind.COMMITMENT_ADDED, null, "2008-04", "1000.00", 1),
          row(EntryKind.COMMIT, Scheme.ON_SITE_ASSESSMENT, "2009-03", "300.00", 2),
          row(EntryKind.COMMIT, Scheme.VERIFICATION, "2009-04", "100.00", 1),
          row(EntryKind.RELEASE, Scheme.ON_SITE_ASSESSMENT, "2009-05", "50.00", 1),
          row(EntryKind.PAYMENT, Scheme.ON_SITE_ASSESSMENT, "2009-06", "200.00", 1));

  @Test
  void availableIsBudgetMinusCommitmentsNetOfReleases() {
    BudgetSummary summary = BudgetReport.summary("X", null, rows);
    assertThat(summary.budgetHkd()).isEqualTo("1000.00");
    assertThat(summary.committedHkd()).isEqualTo("350.00");
    assertThat(summary.paidHkd()).isEqualTo("200.00");
    assertThat(summary.availableHkd()).isEqualTo("650.00");
    assertThat(summary.byScheme().get(0).committedHkd()).isEqualTo("250.00");
    assertThat(summary.byScheme().get(0).applications()).isEqualTo(2);
  }

  @Test
  void financialYearFollowsTheEffectiveDate() {
    BudgetSummary summary = BudgetReport.summary("X", null, rows);
    assertThat(summary.byFinancialYear())
        .extracting(BudgetSummary.YearTotals::financialYear)
        .containsExactly("2008/09", "2009/10");
    assertThat(summary.byFinancialYear().get(0).committedHkd()).isEqualTo("300.00");
    assertThat(summary.byFinancialYear().get(1).committedHkd()).isEqualTo("50.00");
  }

  @Test
  void burnIsCumulativePerMonthOverThePeriod() {
    List<BurnPoint> burn =
        BudgetReport.burn(LocalDate.of(2008, 4, 1), LocalDate.of(2013, 3, 31), rows);
    assertThat(burn).hasSize(60);
    assertThat(burn.get(0)).isEqualTo(new BurnPoint("2008-04", bd("0.00"), bd("0.00")));
    assertThat(burn.get(14)).isEqualTo(new BurnPoint("2009-06", bd("350.00"), bd("200.00")));
    assertThat(burn.get(59).committedHkd()).isEqualTo("350.00");
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
