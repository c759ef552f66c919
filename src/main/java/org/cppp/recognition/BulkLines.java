package org.cppp.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cppp.shared.RuleViolation;

/**
 * Reads pasted or uploaded lines {@code name, category[, grade]} (comma or tab separated). Codes
 * are read from the end of the line, so a name may itself contain commas, as in ABC Co., Ltd. A
 * first line starting with the word name is a header and skipped.
 */
final class BulkLines {

  static final String FIELD = "lines";
  static final int MAX_LINES = 2000;

  private BulkLines() {}

  /** One line read: the nominee's name, the category code and the grade code (or null). */
  record Line(int number, String name, String category, String grade) {}

  static List<Line> parse(String text, Set<String> categories, Set<String> grades) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].strip();
      if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("name"))) {
        continue;
      }
      lines.add(parseLine(i + 1, line, categories, grades));
    }
    if (lines.isEmpty()) {
      throw new RuleViolation(FIELD, "recognition.bulk.empty");
    }
    if (lines.size() > MAX_LINES) {
      throw new RuleViolation(FIELD, "recognition.bulk.too-many", MAX_LINES);
    }
    return lines;
  }

  private static Line parseLine(
      int number, String line, Set<String> categories, Set<String> grades) {
    List<String> parts =
        new ArrayList<>(Arrays.stream(line.split("[,\\t]")).map(String::strip).toList());
    String grade = null;
    if (parts.size() >= 3 && grades.contains(code(parts.get(parts.size() - 1)))) {
      grade = code(parts.remove(parts.size() - 1));
    }
    if (parts.size() < 2) {
      throw new RuleViolation(FIELD, "recognition.bulk.line-format", number);
    }
    String category = code(parts.remove(parts.size() - 1));
    if (!categories.contains(category)) {
      throw new RuleViolation(FIELD, "recognition.bulk.line-category", number, category);
    }
    String name = unquote(String.join(", ", parts));
    if (name.isBlank() || name.length() > 200) {
      throw new RuleViolation(FIELD, "recognition.bulk.line-name", number);
    }
    return new Line(number, name, category, grade);
  }

  private static String code(String value) {
    return value.toUpperCase(Locale.ROOT).replace(' ', '_');
  }

  private static String unquote(String value) {
    String v = value.strip();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1).replace("\"\"", "\"").strip()
        : v;
  }
}
