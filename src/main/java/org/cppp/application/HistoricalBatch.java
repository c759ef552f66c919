package org.cppp.application;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts many historical applications, their timelines and cost items with one statement per table
 * (arrays unnested by PostgreSQL), for bulk imports. The aggregates are built in memory by {@link
 * FundingApplication#historical} so the rules stay in one place.
 */
@Component
class HistoricalBatch {

  private final JdbcClient jdbc;

  HistoricalBatch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The references among {@code refs} already recorded. */
  List<String> existing(List<String> refs) {
    return jdbc.sql(
            "select reference from funding_application where reference = any(cast(? as text[]))")
        .param(refs.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  void insert(List<FundingApplication> applications) {
    int n = applications.size();
    List<Long> ids =
        jdbc.sql("select nextval('funding_application_id_seq') from generate_series(1, ?)")
            .param(n)
            .query(Long.class)
            .list();
    ApplicationColumn[] written = ApplicationColumn.values();
    String[][] columns = new String[written.length + 1][n];
    List<String[]> changes = new ArrayList<>();
    List<String[]> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FundingApplication a = applications.get(i);
      String id = String.valueOf(ids.get(i));
      columns[0][i] = id;
      for (int c = 0; c < written.length; c++) {
        columns[c + 1][i] = text(a.column(written[c]));
      }
      for (StatusChange change : a.statusChanges()) {
        Object[] v = change.insertValues();
        changes.add(new String[] {id, text(v[0]), text(v[1]), text(v[2]), text(v[3]), text(v[4])});
      }
      List<CostItem> costs = a.costItems();
      for (int p = 0; p < costs.size(); p++) {
        CostItem item = costs.get(p);
        items.add(new String[] {id, String.valueOf(p), item.description(), text(item.amountHkd())});
      }
    }
    insertApplications(columns);
    insertRows(
        "application_status_change",
        new String[][] {
          {"application_id", "bigint"}, {"from_status", "text"}, {"to_status", "text"},
          {"effective_on", "date"}, {"actor", "text"}, {"note", "text"}
        },
        changes);
    insertRows(
        "application_cost_item",
        new String[][] {
          {"application_id", "bigint"},
          {"position", "integer"},
          {"description", "text"},
          {"amount_hkd", "numeric"}
        },
        items);
  }

  private void insertApplications(String[][] columns) {
    ApplicationColumn[] written = ApplicationColumn.values();
    String[][] all = new String[written.length + 1][];
    all[0] = new String[] {"id", "bigint"};
    for (int c = 0; c < written.length; c++) {
      all[c + 1] = new String[] {written[c].column(), written[c].sqlType()};
    }
    jdbc.sql(unnestInsert("funding_application", all)).params((Object[]) columns).update();
  }

  private void insertRows(String table, String[][] columns, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String[][] byColumn = new String[columns.length][rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.length; c++) {
        byColumn[c][r] = rows.get(r)[c];
      }
    }
    jdbc.sql(unnestInsert(table, columns)).params((Object[]) byColumn).update();
  }

  private static String unnestInsert(String table, String[][] columns) {
    StringBuilder names = new StringBuilder();
    StringBuilder arrays = new StringBuilder();
    for (int c = 0; c < columns.length; c++) {
      String sep = c == 0 ? "" : ", ";
      names.append(sep).append(columns[c][0]);
      arrays.append(sep).append("cast(cast(? as text[]) as ").append(columns[c][1]).append("[])");
    }
    return "insert into " + table + " (" + names + ") select * from unnest(" + arrays + ")";
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }
}
