package org.cppp.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What changed between two snapshots of a record: field to {@code [before, after]}. */
public final class Changes {

  private Changes() {}

  public static Map<String, Object> between(Map<String, ?> before, Map<String, ?> after) {
    Set<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    Map<String, Object> changes = new LinkedHashMap<>();
    for (String field : fields) {
      Object old = before.get(field);
      Object now = after.get(field);
      if (!Objects.equals(old, now)) {
        changes.put(field, Arrays.asList(text(old), text(now)));
      }
    }
    return changes;
  }

  private static Object text(Object value) {
    return value == null || value instanceof Number || value instanceof Boolean
        ? value
        : value.toString();
  }
}
