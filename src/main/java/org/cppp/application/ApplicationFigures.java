package org.cppp.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Initiative;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeDefinition;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications' figures for the annual report and the dashboards, as at any date. An
 * application counts as approved in the financial year its approval took effect, whatever became of
 * it later (a later withdrawal does not change an earlier year's report).
 *
 * <p>The figures are read from facts kept per day ({@code application_decision_fact}: decisions by
 * day, outcome, scheme and technology; {@code factory_approval_fact}: each factory's first
 * approval), which triggers keep in the transaction of every status change (V110), so a report
 * costs the same however many applications the programme holds.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationFigures {

  private final JdbcClient jdbc;
  private final FundingRules rules;

  ApplicationFigures(JdbcClient jdbc, FundingRules rules) {
    this.jdbc = jdbc;
    this.rules = rules;
  }

  /**
   * Approvals per initiative (the catalogue's, of each scheme) per financial year, from {@code
   * first} to {@code last}, as at a date.
   */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  public ApprovalTable approvals(FinancialYear first, FinancialYear last, LocalDate asAt) {
    List<FinancialYear> years = new ArrayList<>();
    for (FinancialYear y = first; y.compareTo(last) <= 0; y = y.next()) {
      years.add(y);
    }
    Map<Initiative, long[]> counts = new EnumMap<>(Initiative.class);
    for (Initiative initiative : Initiative.values()) {
      counts.put(initiative, new long[years.size()]);
    }
    Map<String, Initiative> initiatives = new HashMap<>();
    rules.schemes().forEach(d -> initiatives.put(d.code().code(), d.initiative()));
    jdbc.sql(
            "select scheme, date_trunc('month', effective_on)::date as on_date, sum(applications)"
                + " as n from application_decision_fact where to_status = 'APPROVED' and"
                + " effective_on between :from and :asAt group by 1, 2")
        .param("from", first.start())
        .param("asAt", min(asAt, last.end()))
        .query(
            (rs, row) -> {
              FinancialYear year = FinancialYear.containing(rs.getDate("on_date").toLocalDate());
              counts.get(initiatives.get(rs.getString("scheme")))[years.indexOf(year)] +=
                  rs.getLong("n");
              return null;
            })
        .list();
    return ApprovalTable.of(years, counts);
  }

  /** Demonstration projects approved up to a date, by technology category. */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  public Map<TechnologyCategory, Long> demonstrationsByTechnology(LocalDate asAt) {
    Map<TechnologyCategory, Long> counts = new EnumMap<>(TechnologyCategory.class);
    for (TechnologyCategory t : TechnologyCategory.values()) {
      counts.put(t, 0L);
    }
    jdbc.sql(
            "select technology, sum(applications) from application_decision_fact where to_status"
                + " = 'APPROVED' and scheme = 'DEMONSTRATION_PROJECT' and technology <> '' and"
                + " effective_on <= :asAt group by technology having sum(applications) > 0")
        .param("asAt", asAt)
        .query((rs, row) -> counts.put(TechnologyCategory.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return counts;
  }

  /** Distinct factories with at least one approval up to a date, by sector, largest first. */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  public List<SectorCount> participatingFactoriesBySector(LocalDate asAt) {
    return jdbc.sql(
            "select factory_sector as sector, count(*) as factories from factory_approval_fact"
                + " where first_approved_on <= :asAt group by factory_sector"
                + " order by factories desc, sector")
        .param("asAt", asAt)
        .query(SectorCount.class)
        .list();
  }

  /** Approvals per month in a period (dashboard). */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  public Map<YearMonth, Long> approvalsPerMonth(LocalDate from, LocalDate to) {
    Map<YearMonth, Long> months = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.put(m, 0L);
    }
    jdbc.sql(
            "select date_trunc('month', effective_on)::date as month, sum(applications) as n from"
                + " application_decision_fact where to_status = 'APPROVED' and effective_on"
                + " between :from and :to group by 1")
        .param("from", from)
        .param("to", to)
        .query((rs, row) -> months.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2)))
        .list();
    return months;
  }

  /** How many applications are in each status, per scheme of the catalogue, now (dashboard). */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  public Map<ApplicationStatus, Map<Scheme, Long>> byStatusAndScheme() {
    List<SchemeDefinition> catalogue = rules.schemes();
    Map<ApplicationStatus, Map<Scheme, Long>> table = new EnumMap<>(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      Map<Scheme, Long> row = new TreeMap<>();
      catalogue.forEach(s -> row.put(s.code(), 0L));
      table.put(status, row);
    }
    jdbc.sql("select status, scheme, count(*) from funding_application group by status, scheme")
        .query(
            (rs, row) ->
                table
                    .get(ApplicationStatus.valueOf(rs.getString(1)))
                    .put(Scheme.valueOf(rs.getString(2)), rs.getLong(3)))
        .list();
    return table;
  }

  /**
   * The applications approved or rejected with effect on a date (a committee meeting's), counted by
   * scheme and outcome, in the order of their names.
   */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  public List<DecisionCount> decisionsOn(LocalDate date) {
    return jdbc.sql(
            "select scheme, to_status as outcome, sum(applications) as applications from"
                + " application_decision_fact where effective_on = :date group by 1, 2"
                + " having sum(applications) > 0 order by 1, 2")
        .param("date", date)
        .query(
            (rs, row) ->
                new DecisionCount(
                    Scheme.valueOf(rs.getString("scheme")),
                    ApplicationStatus.valueOf(rs.getString("outcome")),
                    rs.getLong("applications")))
        .list();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Factories of one sector. */
  public record SectorCount(String sector, long factories) {}

  /** How many applications of a scheme were decided with one outcome. */
  public record DecisionCount(Scheme scheme, ApplicationStatus outcome, long applications) {}
}
