package org.cppp.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cppp.application.ApplicationFigures;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.DeadlineItem;
import org.cppp.application.Deadlines;
import org.cppp.funding.Budget;
import org.cppp.funding.BudgetAccountView;
import org.cppp.funding.BudgetSummary;
import org.cppp.funding.BurnPoint;
import org.cppp.funding.Scheme;
import org.cppp.outreach.AwarenessFigures;
import org.cppp.outreach.OutreachFigures;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderFigures;
import org.cppp.provider.Providers;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' and EPD's dashboard: applications by status and scheme, approvals per month, the
 * budget's burn-down over the programme period, overdue work, providers by base and participation
 * in awareness activities per financial year, and the verified outcomes per financial year.
 */
@Service
@Transactional(readOnly = true)
public class ReportDashboard {

  private static final int OVERDUE_BATCH = 1000;

  /** The charts' names, in the order of the page. */
  public static final List<String> CHARTS =
      List.of(
          "status",
          "approvals-24",
          "approvals-programme",
          "burn",
          "providers",
          "participation",
          "outcomes",
          "outcomes-pollutants");

  private final ApplicationFigures applications;
  private final Deadlines work;
  private final Budget budget;
  private final Providers providers;
  private final OutreachFigures outreach;
  private final OutcomeCharts outcomes;
  private final Clock clock;

  ReportDashboard(
      ApplicationFigures applications,
      Deadlines work,
      Budget budget,
      Providers providers,
      OutreachFigures outreach,
      OutcomeCharts outcomes,
      Clock clock) {
    this.applications = applications;
    this.work = work;
    this.budget = budget;
    this.providers = providers;
    this.outreach = outreach;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /** The programme budget's totals today. */
  @PreAuthorize(ReportingPolicy.READ_DASHBOARD)
  public BudgetSummary budget() {
    return budget.summary(LocalDate.now(clock));
  }

  /** One chart's data by its name (one of {@link #CHARTS}); an unknown name is not found. */
  @PreAuthorize(ReportingPolicy.READ_DASHBOARD)
  public DashboardChart chart(String id) {
    return switch (id) {
      case "status" -> byStatus();
      case "approvals-24" -> approvals(id, YearMonth.now(clock).minusMonths(23));
      case "approvals-programme" -> approvals(id, programmeStart());
      case "burn" -> burn();
      case "providers" -> providersByBase();
      case "participation" -> participation();
      case "outcomes" -> outcomes.byYear(id, OutcomeCharts.ENERGY, LocalDate.now(clock));
      case "outcomes-pollutants" ->
          outcomes.byYear(id, OutcomeCharts.POLLUTANTS, LocalDate.now(clock));
      default -> throw new NotFoundException("Chart", id);
    };
  }

  /**
   * A chart's data as CSV (header {@code label} and the series' names); {@code overdue} gives the
   * overdue work. An unknown name is not found.
   */
  @PreAuthorize(ReportingPolicy.READ_DASHBOARD)
  public String csv(String id) {
    return "overdue".equals(id) ? overdueCsv() : DashboardCsv.chart(chart(id));
  }

  /** One page of the approved work past its completion date, most overdue first. */
  @PreAuthorize(ReportingPolicy.READ_DASHBOARD)
  public Page<OverdueWork> overdue(Pageable page) {
    return work.overdue(page).map(ReportDashboard::overdueWork);
  }

  /** All the overdue work as CSV, read from the database a page at a time. */
  private String overdueCsv() {
    List<OverdueWork> rows = new ArrayList<>();
    List<DeadlineItem> batch = work.overdueAfter(null, OVERDUE_BATCH);
    while (!batch.isEmpty()) {
      batch.forEach(item -> rows.add(overdueWork(item)));
      batch =
          batch.size() < OVERDUE_BATCH
              ? List.of()
              : work.overdueAfter(batch.get(batch.size() - 1), OVERDUE_BATCH);
    }
    return DashboardCsv.overdue(rows);
  }

  private static OverdueWork overdueWork(DeadlineItem a) {
    return new OverdueWork(a.reference(), a.factoryBr(), a.scheme(), a.title(), a.date(), a.days());
  }

  private DashboardChart byStatus() {
    Map<ApplicationStatus, Map<Scheme, Long>> table = applications.byStatusAndScheme();
    List<String> labels = table.keySet().stream().map(Enum::name).toList();
    List<DashboardChart.Series> series = new ArrayList<>();
    List<Scheme> schemes = new ArrayList<>(table.values().iterator().next().keySet());
    for (Scheme scheme : schemes) {
      List<Number> values = new ArrayList<>();
      table.values().forEach(row -> values.add(row.getOrDefault(scheme, 0L)));
      series.add(new DashboardChart.Series(scheme.name(), "scheme." + scheme.name(), values));
    }
    return new DashboardChart("status", "bar", "status.", true, labels, series);
  }

  private DashboardChart approvals(String id, YearMonth from) {
    YearMonth to = YearMonth.now(clock);
    if (from.isAfter(to)) {
      from = to;
    }
    Map<YearMonth, Long> months = applications.approvalsPerMonth(from.atDay(1), to.atEndOfMonth());
    return new DashboardChart(
        id,
        "bar",
        "",
        false,
        months.keySet().stream().map(YearMonth::toString).toList(),
        List.of(series("approvals", new ArrayList<Number>(months.values()))));
  }

  private YearMonth programmeStart() {
    return budget.accounts().stream()
        .filter(a -> Budget.PROGRAMME_ACCOUNT.equals(a.code()))
        .map(BudgetAccountView::periodFrom)
        .findFirst()
        .map(YearMonth::from)
        .orElse(YearMonth.from(ProgressReports.LAUNCH.start()));
  }

  private DashboardChart burn() {
    List<BurnPoint> points = budget.burn();
    BigDecimal total = budget.summary(null).budgetHkd();
    List<Number> committed = new ArrayList<>();
    List<Number> paid = new ArrayList<>();
    List<Number> remaining = new ArrayList<>();
    List<Number> plan = new ArrayList<>();
    int n = points.size();
    for (int i = 0; i < n; i++) {
      BurnPoint p = points.get(i);
      committed.add(p.committedHkd());
      paid.add(p.paidHkd());
      remaining.add(total.subtract(p.committedHkd()));
      BigDecimal share =
          n <= 1
              ? BigDecimal.ONE
              : BigDecimal.valueOf(n - 1 - i)
                  .divide(BigDecimal.valueOf(n - 1), 6, RoundingMode.HALF_UP);
      plan.add(total.multiply(share).setScale(2, RoundingMode.HALF_UP));
    }
    return new DashboardChart(
        "burn",
        "line",
        "",
        false,
        points.stream().map(BurnPoint::month).toList(),
        List.of(
            series("remaining", remaining),
            series("plan", plan),
            series("committed", committed),
            series("paid", paid)));
  }

  private DashboardChart providersByBase() {
    ProviderFigures figures = providers.figures();
    List<Number> values = new ArrayList<>();
    for (ProviderBase base : ProviderBase.values()) {
      values.add(figures.byBase().getOrDefault(base, 0L));
    }
    return new DashboardChart(
        "providers",
        "doughnut",
        "report.dashboard.base.",
        false,
        List.of(ProviderBase.values()).stream().map(Enum::name).toList(),
        List.of(series("providers", values)));
  }

  private DashboardChart participation() {
    LocalDate today = LocalDate.now(clock);
    List<String> labels = new ArrayList<>();
    List<Number> activities = new ArrayList<>();
    List<Number> participants = new ArrayList<>();
    FinancialYear current = FinancialYear.containing(today);
    for (FinancialYear y = ProgressReports.LAUNCH; y.compareTo(current) <= 0; y = y.next()) {
      AwarenessFigures f = outreach.awareness(y, y.end().isBefore(today) ? y.end() : today);
      labels.add(y.label());
      activities.add(f.activitiesInYear());
      participants.add(f.participantsInYear());
    }
    return new DashboardChart(
        "participation",
        "bar",
        "",
        false,
        labels,
        List.of(series("activities", activities), series("participants", participants)));
  }

  private static DashboardChart.Series series(String name, List<Number> values) {
    return new DashboardChart.Series(name, "report.dashboard.series." + name, values);
  }
}
