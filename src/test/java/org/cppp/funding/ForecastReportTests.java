package org.cppp.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cppp.funding.BudgetReportTests.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cppp.funding.LedgerTotals.Monthly;
import org.cppp.funding.PipelineStage.Stage;
import org.junit.jupiter.api.Test;

/** The forecast from ledger sums and the pipeline, against figures worked out by hand. */
class ForecastReportTests {

  static final LocalDate FROM = LocalDate.of(2008, 4, 1);
  static final LocalDate TO = LocalDate.of(2011, 3, 31);
  static final LocalDate TODAY = LocalDate.of(2009, 10, 1);

  /** HK$1.2M added (0.2M of it from 2010), HK$170,000 committed net, HK$10,000 paid. */
  final List<Monthly> rows =
      List.of(
          row(EntryKind.COMMITMENT_ADDED, null, "2008-04", "1000000.00", 1),
          row(EntryKind.COMMIT, Scheme.ON_SITE_ASSESSMENT, "2008-07", "15000.00", 1),
          row(EntryKind.COMMIT, Scheme.DEMONSTRATION_PROJECT, "2009-05", "160000.00", 1),
          row(EntryKind.RELEASE, Scheme.ON_SITE_ASSESSMENT, "2009-06", "5000.00", 1),
          row(EntryKind.PAYMENT, Scheme.ON_SITE_ASSESSMENT, "2009-08", "10000.00", 1),
          row(EntryKind.COMMITMENT_ADDED, null, "2010-04", "200000.00", 1));

  /** Two applications in screening (HK$25,000) and one for the committee (HK$160,000). */
  final List<PipelineStage> stages =
      List.of(
          new PipelineStage(Stage.COMMITTEE, 1, new BigDecimal("160000.00")),
          new PipelineStage(Stage.SCREENING, 2, new BigDecimal("25000.00")));

  BudgetForecast forecast(LocalDate today, List<PipelineStage> pipeline) {
    return ForecastReport.forecast(
        BudgetReport.summary("X", null, rows), FROM, TO, today, pipeline);
  }

  @Test
  void headlineFiguresAreCommittedNotPaidPipelineAndWhatWouldBeLeft() {
    BudgetForecast f = forecast(TODAY, stages);
    assertThat(f.budgetHkd()).isEqualTo("1200000.00");
    assertThat(f.committedHkd()).isEqualTo("170000.00");
    assertThat(f.committedNotPaidHkd()).isEqualTo("160000.00");
    assertThat(f.availableHkd()).isEqualTo("1030000.00");
    assertThat(f.pipelineHkd()).isEqualTo("185000.00");
    assertThat(f.projectedBalanceHkd()).isEqualTo("845000.00");
    assertThat(f.pipeline())
        .extracting(PipelineStage::stage, PipelineStage::applications)
        .containsExactly(tuple(Stage.SCREENING, 2L), tuple(Stage.COMMITTEE, 1L));
  }

  @Test
  void eachYearOfThePeriodEndsWithItsBalanceThePipelineFromTheCurrentYearOn() {
    List<BudgetForecast.Year> years = forecast(TODAY, stages).byFinancialYear();
    assertThat(years)
        .extracting(
            BudgetForecast.Year::financialYear,
            BudgetForecast.Year::projected,
            y -> y.committedHkd().toPlainString(),
            y -> y.pipelineHkd().toPlainString(),
            y -> y.committedNotPaidHkd().toPlainString(),
            y -> y.balanceHkd().toPlainString())
        .containsExactly(
            tuple("2008/09", false, "15000.00", "0.00", "15000.00", "985000.00"),
            tuple("2009/10", true, "155000.00", "185000.00", "160000.00", "645000.00"),
            tuple("2010/11", true, "0.00", "0.00", "160000.00", "845000.00"));
    assertThat(years.get(2).addedHkd()).isEqualTo("200000.00");
    assertThat(years.get(1).paidHkd()).isEqualTo("10000.00");
  }

  @Test
  void aStageWithNoApplicationsReadsZeroAndYearsRunOnToToday() {
    BudgetForecast f =
        forecast(
            LocalDate.of(2012, 5, 1),
            List.of(new PipelineStage(Stage.SCREENING, 1, new BigDecimal("15000.00"))));
    assertThat(f.pipeline().get(1)).isEqualTo(new PipelineStage(Stage.COMMITTEE, 0, bd("0.00")));
    assertThat(f.byFinancialYear())
        .extracting(BudgetForecast.Year::financialYear)
        .containsExactly("2008/09", "2009/10", "2010/11", "2011/12", "2012/13");
    BudgetForecast.Year last = f.byFinancialYear().get(4);
    assertThat(last.projected()).isTrue();
    assertThat(last.pipelineHkd()).isEqualTo("15000.00");
    assertThat(last.balanceHkd()).isEqualTo("1015000.00");
    assertThat(f.byFinancialYear().get(3).projected()).isFalse();
  }

  static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
