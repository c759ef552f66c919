package org.cppp.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cppp.shared.TechnologyCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The medians of the signed results (each application by its latest snapshot) of one sector, per
 * technology category and per named technology its results record, computed by PostgreSQL's {@code
 * percentile_cont}; cost and payback of the demonstration projects only (a verification's recorded
 * cost is the service's, not the improvement's). Money is taken in cents, whose median is a whole
 * or half cent exactly, and rounded half up to the cent.
 */
@Component
class ToolboxMedians {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** Only the applications with a result in the sector are read, through its index. */
  private static final String IN_SECTOR =
      " and application_ref in (select application_ref from verification_result"
          + " where sector = :sector)";

  private static final String PROJECT = " filter (where scheme = 'DEMONSTRATION_PROJECT')";

  /** Per category. */
  static final String MEDIANS = medians("technology");

  /** Per named technology (with its category), of the results that record one. */
  static final String NAMED = medians("technology, technology_code");

  private static String medians(String groupBy) {
    return "select "
        + groupBy
        + ", count(*) projects,"
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
        + (groupBy.contains("technology_code") ? " and technology_code is not null" : "")
        + " group by "
        + groupBy
        + " having count(*) >= :min";
  }

  private final JdbcClient jdbc;

  ToolboxMedians(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Categories with at least {@code minProjects} signed results, in the categories' order, each
   * followed by its named technologies with as many, in the vocabulary's order.
   */
  List<ToolboxEntry> of(
      String sector, int minProjects, LocalDate today, List<Technology> technologies) {
    Map<String, Technology> vocabulary = new HashMap<>();
    technologies.forEach(t -> vocabulary.put(t.code(), t));
    Map<String, ToolboxEntry> named = new HashMap<>();
    for (ToolboxEntry e : query(NAMED, sector, minProjects, today, vocabulary)) {
      named.put(e.named().code(), e);
    }
    List<ToolboxEntry> rows = new ArrayList<>();
    for (ToolboxEntry category :
        query(MEDIANS, sector, minProjects, today, vocabulary).stream()
            .sorted(Comparator.comparing(ToolboxEntry::technology))
            .toList()) {
      rows.add(category);
      technologies.stream()
          .filter(t -> t.category() == category.technology() && named.containsKey(t.code()))
          .forEach(t -> rows.add(named.get(t.code())));
    }
    return rows;
  }

  private List<ToolboxEntry> query(
      String sql,
      String sector,
      int minProjects,
      LocalDate today,
      Map<String, Technology> vocabulary) {
    return jdbc.sql(sql)
        .param("asAt", today)
        .param("from", EARLIEST)
        .param("to", today)
        .param("sector", sector)
        .param("min", minProjects)
        .query((rs, row) -> entry(rs, vocabulary))
        .list();
  }

  private static ToolboxEntry entry(ResultSet rs, Map<String, Technology> vocabulary)
      throws SQLException {
    BigDecimal payback = rs.getBigDecimal("payback");
    BigDecimal cost = rs.getBigDecimal("cost");
    boolean named = rs.getMetaData().getColumnCount() > 6;
    return new ToolboxEntry(
        TechnologyCategory.valueOf(rs.getString("technology")),
        named ? vocabulary.get(rs.getString("technology_code")) : null,
        rs.getLong("projects"),
        cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP),
        rs.getDouble("co2"),
        rs.getBigDecimal("saving").setScale(2, RoundingMode.HALF_UP),
        payback == null ? null : payback.doubleValue());
  }
}
