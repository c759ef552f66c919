package org.cppp.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A dataset whose owning module has no natural key: this module remembers the keys it imported
 * ({@link ImportKeys}) and skips rows whose key is there.
 */
abstract class KeyedImport<T> implements DatasetImport {

  private final ImportKeys keys;

  KeyedImport(ImportKeys keys) {
    this.keys = keys;
  }

  /** The row as the owning module's command, or {@code null} when it has mistakes. */
  abstract T parse(CsvRow row);

  abstract String key(T item);

  /** Extra checks needing look-ups (e.g. a cycle's status). */
  void checkMore(CsvRow row, T item) {}

  abstract void save(T item);

  @Override
  public Session open() {
    return new Session() {
      @Override
      public String check(CsvRow row) {
        T item = parse(row);
        if (item != null) {
          checkMore(row, item);
        }
        return row.valid() ? key(item) : null;
      }

      @Override
      public int write(List<CsvRow> rows) {
        List<T> items = new ArrayList<>(rows.size());
        List<String> itemKeys = new ArrayList<>(rows.size());
        rows.forEach(
            r -> {
              T item = parse(r);
              items.add(item);
              itemKeys.add(key(item));
            });
        Set<String> done = keys.existing(name(), itemKeys);
        List<String> saved = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          if (!done.contains(itemKeys.get(i))) {
            save(items.get(i));
            saved.add(itemKeys.get(i));
          }
        }
        keys.add(name(), saved);
        return saved.size();
      }
    };
  }
}
