package org.cppp.outreach;

import java.time.LocalDate;
import org.cppp.shared.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outreach figures of the annual report to the Legislative Council, as at any date. */
@Service
@Transactional(readOnly = true)
public class OutreachFigures {

  private static final String PARTICIPANTS =
      "case when att.n > 0 then att.n else coalesce(a.recorded_participants, 0) end";
  private static final String FROM =
      " from outreach_activity a left join (select activity_id, count(*) n from"
          + " outreach_attendance group by activity_id) att on att.activity_id = a.id"
          + " where a.held_on <= :to and a.held_on >= :from";
  private static final LocalDate LAUNCH = LocalDate.of(1900, 1, 1);

  private final JdbcClient jdbc;

  OutreachFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Activities and participants in the year and since the launch (without exhibitions and site
   * visits), exhibitions and their visitors in the year, and site visits in the year. Only
   * activities held on or before {@code asAt} count, published or not.
   */
  @PreAuthorize(OutreachPolicy.READ_FIGURES)
  public AwarenessFigures awareness(FinancialYear year, LocalDate asAt) {
    LocalDate to = asAt.isBefore(year.end()) ? asAt : year.end();
    long[] inYear = awareness(year.start(), to);
    long[] cumulative = awareness(LAUNCH, asAt);
    long[] exhibitions =
        sum("count(*), coalesce(sum(coalesce(a.visitors, 0)), 0)", "EXHIBITION", year.start(), to);
    long[] siteVisits = sum("count(*), 0", "SITE_VISIT", year.start(), to);
    return new AwarenessFigures(
        year,
        asAt,
        inYear[0],
        inYear[1],
        cumulative[0],
        cumulative[1],
        exhibitions[0],
        exhibitions[1],
        siteVisits[0]);
  }

  /**
   * Guidebooks published in the year and since the launch (by their publication date, on or before
   * {@code asAt}), and in preparation as at {@code asAt} (still in preparation, or published after
   * it).
   */
  @PreAuthorize(OutreachPolicy.READ_FIGURES)
  public GuidebookFigures guidebooks(FinancialYear year, LocalDate asAt) {
    LocalDate to = asAt.isBefore(year.end()) ? asAt : year.end();
    String published =
        "select count(*) from outreach_guidebook where status = 'PUBLISHED'"
            + " and published_on >= :from and published_on <= :to";
    long inYear = count(published, year.start(), to);
    long cumulative = count(published, LAUNCH, asAt);
    long preparing =
        jdbc.sql(
                "select count(*) from outreach_guidebook where (status = 'IN_PREPARATION'"
                    + " or published_on > :asAt)")
            .param("asAt", asAt)
            .query(Long.class)
            .single();
    return new GuidebookFigures(year, asAt, inYear, cumulative, preparing);
  }

  private long[] awareness(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return new long[] {0, 0};
    }
    return jdbc.sql(
            "select count(*), coalesce(sum("
                + PARTICIPANTS
                + "), 0)"
                + FROM
                + " and a.type not in ('EXHIBITION', 'SITE_VISIT')")
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  private long[] sum(String select, String type, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return new long[] {0, 0};
    }
    return jdbc.sql("select " + select + FROM + " and a.type = :type")
        .param("from", from)
        .param("to", to)
        .param("type", type)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  private long count(String sql, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    return jdbc.sql(sql).param("from", from).param("to", to).query(Long.class).single();
  }
}
