package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cppp.funding.LedgerTotals.Monthly;
import org.cppp.shared.FinancialYear;

/** Turns the ledger's monthly sums into a summary and a burn curve. */
final class BudgetReport {

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private BudgetReport() {}

  static BudgetSummary summary(String account, LocalDate asAt, List<Monthly> rows) {
    BigDecimal budget = ZERO;
    BigDecimal committed = ZERO;
    BigDecimal paid = ZERO;
    Map<Scheme, BigDecimal[]> schemes = new TreeMap<>();
    Map<Scheme, Long> counts = new TreeMap<>();
    Map<FinancialYear, BigDecimal[]> years = new TreeMap<>();
    for (Monthly row : rows) {
      BigDecimal[] year =
          years.computeIfAbsent(
              FinancialYear.containing(row.month()), y -> new BigDecimal[] {ZERO, ZERO, ZERO});
      BigDecimal[] scheme =
          row.scheme() == null
              ? new BigDecimal[] {ZERO, ZERO}
              : schemes.computeIfAbsent(row.scheme(), s -> new BigDecimal[] {ZERO, ZERO});
      switch (row.kind()) {
        case COMMITMENT_ADDED -> {
          budget = budget.add(row.amount());
          year[0] = year[0].add(row.amount());
        }
        case COMMIT -> {
          committed = committed.add(row.amount());
          year[1] = year[1].add(row.amount());
          scheme[0] = scheme[0].add(row.amount());
          counts.merge(row.scheme(), row.entries(), Long::sum);
        }
        case RELEASE -> {
          committed = committed.subtract(row.amount());
          year[1] = year[1].subtract(row.amount());
          scheme[0] = scheme[0].subtract(row.amount());
        }
        case PAYMENT -> {
          paid = paid.add(row.amount());
          year[2] = year[2].add(row.amount());
          scheme[1] = scheme[1].add(row.amount());
        }
      }
    }
    List<BudgetSummary.SchemeTotals> byScheme = new ArrayList<>();
    Set<Scheme> shown = new TreeSet<>(Scheme.launchSchemes());
    shown.addAll(schemes.keySet());
    for (Scheme scheme : shown) {
      BigDecimal[] t = schemes.getOrDefault(scheme, new BigDecimal[] {ZERO, ZERO});
      byScheme.add(
          new BudgetSummary.SchemeTotals(scheme, counts.getOrDefault(scheme, 0L), t[0], t[1]));
    }
    List<BudgetSummary.YearTotals> byYear = new ArrayList<>();
    years.forEach(
        (fy, t) ->
            byYear.add(new BudgetSummary.YearTotals(fy.label(), fy.startYear(), t[0], t[1], t[2])));
    return new BudgetSummary(
        account, asAt, budget, committed, paid, budget.subtract(committed), byScheme, byYear);
  }

  /** Cumulative committed and paid at the end of each month from {@code from} to {@code to}. */
  static List<BurnPoint> burn(LocalDate from, LocalDate to, List<Monthly> rows) {
    TreeMap<YearMonth, BigDecimal[]> moves = new TreeMap<>();
    YearMonth last = YearMonth.from(to);
    for (Monthly row : rows) {
      YearMonth month = YearMonth.from(row.month());
      last = month.isAfter(last) ? month : last;
      BigDecimal[] m = moves.computeIfAbsent(month, x -> new BigDecimal[] {ZERO, ZERO});
      switch (row.kind()) {
        case COMMIT -> m[0] = m[0].add(row.amount());
        case RELEASE -> m[0] = m[0].subtract(row.amount());
        case PAYMENT -> m[1] = m[1].add(row.amount());
        case COMMITMENT_ADDED -> {}
      }
    }
    List<BurnPoint> points = new ArrayList<>();
    BigDecimal committed = ZERO;
    BigDecimal paid = ZERO;
    for (Map.Entry<YearMonth, BigDecimal[]> early :
        moves.headMap(YearMonth.from(from)).entrySet()) {
      committed = committed.add(early.getValue()[0]);
      paid = paid.add(early.getValue()[1]);
    }
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(last);
        month = month.plusMonths(1)) {
      BigDecimal[] m = moves.getOrDefault(month, new BigDecimal[] {ZERO, ZERO});
      committed = committed.add(m[0]);
      paid = paid.add(m[1]);
      points.add(new BurnPoint(month.toString(), committed, paid));
    }
    return points;
  }
}
