package org.cppp.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cppp.application.ApplicationFigures;
import org.cppp.application.ApprovalTable;
import org.cppp.outreach.AwarenessFigures;
import org.cppp.outreach.GuidebookFigures;
import org.cppp.outreach.OutreachFigures;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderStatistics;
import org.cppp.provider.Providers;
import org.cppp.recognition.CategoryView;
import org.cppp.recognition.CycleView;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.recognition.RecognitionFigures;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the progress report to the Legislative Council for a financial year as at a date, from the
 * other modules' figures. Approved in a year means the decision took effect in it; as at means the
 * data as they stood on that day (later decisions, withdrawals and removals do not count).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProgressReports {

  /** Who may read reports and dashboards' report figures. */

  /** The programme's launch year (April 2008): the approvals table starts here. */
  public static final FinancialYear LAUNCH = FinancialYear.of(2008);

  private final ApplicationFigures applications;
  private final Providers providers;
  private final OutreachFigures outreach;
  private final RecognitionCycles recognition;
  private final ObjectProvider<MeetingFigures> meetings;
  private final ReportOutcomes outcomes;
  private final Clock clock;

  ProgressReports(
      ApplicationFigures applications,
      Providers providers,
      OutreachFigures outreach,
      RecognitionCycles recognition,
      ObjectProvider<MeetingFigures> meetings,
      ReportOutcomes outcomes,
      Clock clock) {
    this.applications = applications;
    this.providers = providers;
    this.outreach = outreach;
    this.recognition = recognition;
    this.meetings = meetings;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * The report for a financial year as at a date ({@code null}: the year's end). Refuses a year
   * before the launch (field {@code year}) and a date before the year's start (field {@code asAt}).
   */
  @PreAuthorize(ReportingPolicy.READ)
  public ProgressReport report(FinancialYear year, LocalDate asAt) {
    return report(year, asAt, step -> {});
  }

  /**
   * The same, telling {@code progress} the key of each step as it starts ({@code approvals}, {@code
   * technologies}, {@code sectors}, {@code providers}, {@code awareness}, {@code publications},
   * {@code committee}, {@code recognition}, {@code outcomes}).
   */
  @PreAuthorize(ReportingPolicy.READ)
  public ProgressReport report(FinancialYear year, LocalDate asAt, Consumer<String> progress) {
    LocalDate at = checked(year, asAt);
    progress.accept("approvals");
    ProgressReport.Approvals approvals = approvals(year, at);
    progress.accept("technologies");
    Map<org.cppp.shared.TechnologyCategory, Long> technologies =
        applications.demonstrationsByTechnology(at);
    progress.accept("sectors");
    List<ProgressReport.SectorFactories> sectors =
        applications.participatingFactoriesBySector(at).stream()
            .map(s -> new ProgressReport.SectorFactories(s.sector(), s.factories()))
            .toList();
    progress.accept("providers");
    ProgressReport.ProviderFigures providerFigures = providers(year, at);
    progress.accept("awareness");
    AwarenessFigures a = outreach.awareness(year, at);
    ProgressReport.Awareness awareness =
        new ProgressReport.Awareness(
            a.activitiesInYear(),
            a.participantsInYear(),
            a.activitiesCumulative(),
            a.participantsCumulative(),
            a.exhibitionsInYear(),
            a.visitorsInYear(),
            a.siteVisitsInYear());
    progress.accept("publications");
    GuidebookFigures g = outreach.guidebooks(year, at);
    progress.accept("committee");
    ProgressReport.Committee committee = committee(year, at);
    progress.accept("recognition");
    ProgressReport.Recognition recognised = recognition(year.startYear());
    progress.accept("outcomes");
    ProgressReport.Outcomes verified = outcomes.of(year, at);
    return new ProgressReport(
        year.label(),
        year.start(),
        year.end(),
        at,
        approvals,
        technologies,
        sectors,
        providerFigures,
        awareness,
        new ProgressReport.Publications(g.publishedInYear(), g.inPreparation()),
        committee,
        recognised,
        verified);
  }

  /** The financial years a report may be asked for: the launch year to the current one. */
  @PreAuthorize(ReportingPolicy.READ)
  public List<FinancialYear> years() {
    FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
    java.util.ArrayList<FinancialYear> years = new java.util.ArrayList<>();
    for (FinancialYear y = LAUNCH; y.compareTo(current) <= 0; y = y.next()) {
      years.add(y);
    }
    return years;
  }

  static LocalDate checked(FinancialYear year, LocalDate asAt) {
    if (year == null || year.compareTo(LAUNCH) < 0) {
      throw new RuleViolation("year", "report.year.before-launch", LAUNCH.label());
    }
    LocalDate at = asAt == null ? year.end() : asAt;
    if (at.isBefore(year.start())) {
      throw new RuleViolation("asAt", "report.as-at.before-year", year.start());
    }
    return at;
  }

  private ProgressReport.Approvals approvals(FinancialYear year, LocalDate asAt) {
    ApprovalTable table = applications.approvals(LAUNCH, year, asAt);
    return new ProgressReport.Approvals(
        table.years().stream().map(FinancialYear::label).toList(),
        table.rows().stream()
            .map(r -> new ProgressReport.ApprovalRow(r.scheme(), r.byYear(), r.cumulative()))
            .toList(),
        table.approvedInLastYear(),
        table.cumulative());
  }

  private ProgressReport.ProviderFigures providers(FinancialYear year, LocalDate asAt) {
    LocalDate to = asAt.isBefore(year.end()) ? asAt : year.end();
    ProviderStatistics s = providers.statistics(year.start(), to, asAt);
    Map<ProviderBase, Long> byBase = new EnumMap<>(ProviderBase.class);
    for (ProviderBase base : ProviderBase.values()) {
      byBase.put(base, s.registeredAtByBase().getOrDefault(base, 0L));
    }
    return new ProgressReport.ProviderFigures(
        s.joinedInPeriod(), s.removedInPeriod(), s.registeredAt(), byBase);
  }

  private ProgressReport.Committee committee(FinancialYear year, LocalDate asAt) {
    MeetingFigures figures = meetings.getIfAvailable();
    if (figures == null) {
      return new ProgressReport.Committee(0, false);
    }
    LocalDate to = asAt.isBefore(year.end()) ? asAt : year.end();
    return new ProgressReport.Committee(figures.meetingsHeld(year.start(), to), true);
  }

  private ProgressReport.Recognition recognition(int cycleYear) {
    // Asked through the list so a year without a cycle is no exception inside this transaction.
    boolean held =
        recognition.list(PageRequest.of(0, 500)).stream()
            .map(CycleView::year)
            .anyMatch(y -> y == cycleYear);
    Map<String, Long> counts = new LinkedHashMap<>();
    if (held) {
      RecognitionFigures figures = recognition.figures(cycleYear);
      counts.putAll(figures.perCategory());
    } else {
      recognition.categories().stream().map(CategoryView::code).forEach(c -> counts.put(c, 0L));
    }
    return new ProgressReport.Recognition(cycleYear, held, counts);
  }
}
