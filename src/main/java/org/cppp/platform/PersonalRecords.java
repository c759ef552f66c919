package org.cppp.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The personal data one module keeps, contributed by the module as a bean (like {@link NavItem}):
 * it anonymises its own records when the retention rules say they are due, and gives its part of
 * everything held about one person or one factory. The retention module collects every bean of this
 * type; no module reads another's tables.
 */
public interface PersonalRecords {

  /** What replaces a personal field (names, e-mails, phones, addresses, a person's own text). */
  String MARKER = "[anonymised]";

  /** The part's name in an export, e.g. {@code outreach}. */
  String section();

  /**
   * The retention kinds (rule codes, e.g. {@code ENQUIRY}) this module anonymises; none for a
   * module whose records are only exported.
   */
  default Set<String> kinds() {
    return Set.of();
  }

  /**
   * Anonymises at most {@code limit} records of {@code kind} not yet anonymised whose counted-from
   * date is before {@code cutoff}, in one transaction; answers how many (0: none left).
   */
  default int anonymise(String kind, Instant cutoff, int limit) {
    return 0;
  }

  /** The module's records of the person with this e-mail (any case), by record type. */
  Map<String, List<Map<String, Object>>> ofPerson(String email);

  /** The module's records of the factory with this BR number, by record type. */
  Map<String, List<Map<String, Object>>> ofFactory(String brNumber);

  /**
   * Runs a look-up of the module's own table ({@code sql} names its one parameter {@code :key}, and
   * bounds its rows) and answers its rows as an export shows them.
   */
  static List<Map<String, Object>> lookup(
      org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql, String key) {
    return rows(jdbc.sql(sql).param("key", key).query().listOfRows());
  }

  /** The rows of a look-up as an export shows them: column names in camel case, times as text. */
  static List<Map<String, Object>> rows(List<Map<String, Object>> rows) {
    return rows.stream().map(PersonalRecords::row).toList();
  }

  private static Map<String, Object> row(Map<String, Object> row) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    row.forEach((column, value) -> out.put(camel(column), exported(value)));
    return out;
  }

  private static Object exported(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    return value;
  }

  private static String camel(String column) {
    StringBuilder out = new StringBuilder();
    boolean up = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        out.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return out.toString();
  }
}
