package org.cppp.platform;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is read from a table whose rows are only ever added, never changed or deleted in place (with
 * their child rows written in the same transaction: e.g. rule sets, funding phases), held in memory
 * while the table's count and highest id are those it was read at. Each use asks that one small
 * aggregate instead of loading the rows and their collections again; a row added (on any instance)
 * or a read of a transaction that rolled back its own insert shows as another count or id (ids are
 * never reused), so the rows are read again.
 */
public final class AddOnlyRows<T> {

  private record Held<T>(long count, long maxId, T value) {}

  private final JdbcClient jdbc;
  private final String stamp;
  private final Supplier<T> read;
  private volatile Held<T> held;

  /** {@code table} is the table's name as written in the code, never user input. */
  public AddOnlyRows(JdbcClient jdbc, String table, Supplier<T> read) {
    this.jdbc = jdbc;
    this.stamp = "select count(*), coalesce(max(id), 0) from " + table;
    this.read = read;
  }

  /** The value read from the rows as they stand in the current transaction. */
  public T get() {
    long[] now =
        jdbc.sql(stamp).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    Held<T> known = held;
    if (known != null && known.count() == now[0] && known.maxId() == now[1]) {
      return known.value();
    }
    T value = read.get();
    held = new Held<>(now[0], now[1], value);
    return value;
  }
}
