package org.cppp.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The natural keys of rows earlier imports saved (table {@code import_key}). */
@Component
class ImportKeys {

  private final JdbcClient jdbc;

  ImportKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Those of {@code keys} already imported for the dataset. */
  Set<String> existing(String dataset, List<String> keys) {
    return new HashSet<>(
        jdbc.sql(
                "select natural_key from import_key where dataset = ?"
                    + " and natural_key = any(cast(? as text[]))")
            .params(dataset, keys.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  void add(String dataset, List<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    jdbc.sql(
            "insert into import_key (dataset, natural_key)"
                + " select ?, k from unnest(cast(? as text[])) as k")
        .params(dataset, keys.toArray(String[]::new))
        .update();
  }
}
