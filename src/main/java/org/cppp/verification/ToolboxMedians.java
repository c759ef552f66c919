package org.cppp.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.cppp.shared.TechnologyCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The medians of the signed results (each application by its latest snapshot) of one sector, per
 * technology category, computed by PostgreSQL's {@code percentile_cont}; cost and payback of the
 * demonstration projects only (a verification's recorded cost is the service's, not the
 * improvement's). Money is taken in cents, whose median is a whole or half cent exactly, and
 * rounded half up to the cent.
 */
@Component
class ToolboxMedians {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** Only the applications with a result in the sector are read, through its index. */
  private static final String IN_SECTOR =
      " and application_ref in (select application_ref from verification_result"
          + " where sector = :sector)";

  private static final String PROJECT = " filter (where scheme = 'DEMONSTRATION_PROJECT')";
  static final String MEDIANS =
      "select technology, count(*) projects,"
          + " round(cast(percentile_cont(0.5) within group (order by round(project_cost_hkd * 100))"
          + PROJECT
          + " as numeric)) / 100 cost,"
          + " round(cast(percentile_cont(0.5) within group (order by co2_t) as numeric), 3) co2,"
          + " round(cast(percentile_cont(0.5) within group (order by round(cost_saving_hkd * 100))"
          + " as numeric)) / 100 saving,"
          + " round(cast(percentile_cont(0.5) within group (order by case when cost_saving_hkd > 0"
          + " then project_cost_hkd / cost_saving_hkd end)"
          + PROJECT
          + " as numeric), 2) payback"
          + " from ("
          + ResultSnapshots.latest(IN_SECTOR)
          + ") latest where sector = :sector and technology is not null"
          + " group by technology having count(*) >= :min";

  private final JdbcClient jdbc;

  ToolboxMedians(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Categories with at least {@code minProjects} signed results, in the categories' order. */
  List<ToolboxEntry> of(String sector, int minProjects, LocalDate today) {
    return jdbc
        .sql(MEDIANS)
        .param("asAt", today)
        .param("from", EARLIEST)
        .param("to", today)
        .param("sector", sector)
        .param("min", minProjects)
        .query(this::entry)
        .list()
        .stream()
        .sorted(Comparator.comparing(ToolboxEntry::technology))
        .toList();
  }

  private ToolboxEntry entry(ResultSet rs, int row) throws SQLException {
    BigDecimal payback = rs.getBigDecimal("payback");
    BigDecimal cost = rs.getBigDecimal("cost");
    return new ToolboxEntry(
        TechnologyCategory.valueOf(rs.getString("technology")),
        rs.getLong("projects"),
        cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP),
        rs.getDouble("co2"),
        rs.getBigDecimal("saving").setScale(2, RoundingMode.HALF_UP),
        payback == null ? null : payback.doubleValue());
  }
}
