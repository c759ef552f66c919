package org.cppp.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds rows of one file that repeat another's natural key without holding the keys in memory: the
 * first pass writes them in batches to a temporary table (dropped at the end of the transaction),
 * and one query lists the repeats. Must be used inside the import's transaction.
 */
@Component
class DuplicateCheck {

  private static final int BATCH = 5000;

  private final JdbcClient jdbc;
  private final ThreadLocal<Pending> pending = ThreadLocal.withInitial(Pending::new);

  DuplicateCheck(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void start() {
    jdbc.sql(
            "create temporary table if not exists import_row_key"
                + " (natural_key text not null, row_no bigint not null) on commit drop")
        .update();
    jdbc.sql("truncate import_row_key").update();
    pending.get().clear();
  }

  void add(String key, long row) {
    Pending p = pending.get();
    p.keys.add(key);
    p.rows.add(String.valueOf(row));
    if (p.keys.size() >= BATCH) {
      flush();
    }
  }

  void flush() {
    Pending p = pending.get();
    if (p.keys.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into import_row_key (natural_key, row_no)"
                + " select * from unnest(cast(? as text[]), cast(cast(? as text[]) as bigint[]))")
        .params(p.keys.toArray(String[]::new), p.rows.toArray(String[]::new))
        .update();
    p.clear();
  }

  /** Every row whose key an earlier row has, at most {@code limit}. */
  List<RowError> find(int limit, String column, BiFunction<String, Object[], String> messages) {
    flush();
    jdbc.sql("create index on import_row_key (natural_key, row_no)").update();
    return jdbc.sql(
            "select row_no, first_row from (select row_no, min(row_no) over (partition by"
                + " natural_key) as first_row from import_row_key) k where row_no <> first_row"
                + " order by row_no limit ?")
        .param(Math.max(limit, 0))
        .query(
            (rs, n) ->
                new RowError(
                    rs.getLong("row_no"),
                    column,
                    messages.apply(
                        "imports.error.duplicate",
                        new Object[] {String.valueOf(rs.getLong("first_row"))})))
        .list();
  }

  private static final class Pending {
    final List<String> keys = new ArrayList<>();
    final List<String> rows = new ArrayList<>();

    void clear() {
      keys.clear();
      rows.clear();
    }
  }
}
