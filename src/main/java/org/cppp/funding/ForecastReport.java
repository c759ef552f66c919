package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cppp.funding.BudgetSummary.YearTotals;
import org.cppp.shared.FinancialYear;

/** Turns an account's summary and the pipeline into its forecast by financial year. */
final class ForecastReport {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private ForecastReport() {}

  /**
   * The years run from the period's first to its last, widened to any year with entries and to the
   * current year, where the pipeline is expected to be decided.
   */
  static BudgetForecast forecast(
      BudgetSummary summary,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate today,
      List<PipelineStage> reported) {
    List<PipelineStage> stages = everyStage(reported);
    BigDecimal pipeline =
        stages.stream().map(PipelineStage::quotedShareHkd).reduce(ZERO, BigDecimal::add);
    Map<FinancialYear, YearTotals> moves = new TreeMap<>();
    summary.byFinancialYear().forEach(y -> moves.put(FinancialYear.of(y.startYear()), y));
    FinancialYear current = FinancialYear.containing(today);
    List<FinancialYear> bounds = new ArrayList<>(moves.keySet());
    bounds.addAll(
        List.of(FinancialYear.containing(periodFrom), FinancialYear.containing(periodTo), current));
    FinancialYear first = Collections.min(bounds);
    FinancialYear last = Collections.max(bounds);
    List<BudgetForecast.Year> years = new ArrayList<>();
    BigDecimal added = ZERO;
    BigDecimal committed = ZERO;
    BigDecimal paid = ZERO;
    for (FinancialYear y = first; y.compareTo(last) <= 0; y = y.next()) {
      YearTotals t =
          moves.getOrDefault(y, new YearTotals(y.label(), y.startYear(), ZERO, ZERO, ZERO));
      added = added.add(t.addedHkd());
      committed = committed.add(t.committedHkd());
      paid = paid.add(t.paidHkd());
      boolean projected = y.compareTo(current) >= 0;
      BigDecimal expected = y.equals(current) ? pipeline : ZERO;
      BigDecimal balance = added.subtract(committed).subtract(projected ? pipeline : ZERO);
      years.add(
          new BudgetForecast.Year(
              y.label(),
              y.startYear(),
              projected,
              t.addedHkd(),
              t.committedHkd(),
              t.paidHkd(),
              expected,
              committed.subtract(paid),
              balance));
    }
    return new BudgetForecast(
        summary.account(),
        today,
        periodFrom,
        periodTo,
        summary.budgetHkd(),
        summary.committedHkd(),
        summary.paidHkd(),
        summary.committedHkd().subtract(summary.paidHkd()),
        summary.availableHkd(),
        stages,
        pipeline,
        summary.availableHkd().subtract(pipeline),
        years);
  }

  /** Every stage once, in order; a stage with no applications reads zero. */
  private static List<PipelineStage> everyStage(List<PipelineStage> reported) {
    List<PipelineStage> stages = new ArrayList<>();
    for (PipelineStage.Stage stage : PipelineStage.Stage.values()) {
      long count = 0;
      BigDecimal share = ZERO;
      for (PipelineStage s : reported) {
        if (s.stage() == stage) {
          count += s.applications();
          share = share.add(s.quotedShareHkd());
        }
      }
      stages.add(new PipelineStage(stage, count, share.setScale(2)));
    }
    return stages;
  }
}
