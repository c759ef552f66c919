package org.cppp.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cppp.shared.RuleViolation;

/**
 * Reads an attendance list: one attendee a line, {@code email,name[,company[,factoryBr]]} or {@code
 * name,email,...}; a header line and blank lines are skipped.
 */
final class AttendanceCsv {

  static final int MAX_LINES = 5000;

  private AttendanceCsv() {}

  static List<Attendee> parse(String csv) {
    List<Attendee> attendees = new ArrayList<>();
    String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\R");
    if (lines.length > MAX_LINES) {
      throw new RuleViolation("file", "outreach.attendance.csv.tooLong", MAX_LINES);
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).contains("mail"))) {
        continue;
      }
      attendees.add(attendee(line.split("[,;\\t]", -1), i + 1));
    }
    return attendees;
  }

  private static Attendee attendee(String[] cells, int lineNo) {
    String first = cell(cells, 0);
    String second = cell(cells, 1);
    boolean emailFirst = first != null && first.contains("@");
    String email = emailFirst ? first : second;
    String name = emailFirst ? second : first;
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      if (!emailFirst && second != null) {
        throw new RuleViolation("file", "outreach.attendance.csv.badLine", lineNo);
      }
      email = null;
    }
    if (name == null) {
      name = email;
    }
    String br = cell(cells, 3);
    if (name == null || (br != null && !br.matches("\\d{8}"))) {
      throw new RuleViolation("file", "outreach.attendance.csv.badLine", lineNo);
    }
    return new Attendee(truncate(name, 120), truncate(cell(cells, 2), 200), br, email);
  }

  private static String cell(String[] cells, int i) {
    if (i >= cells.length) {
      return null;
    }
    String value = cells[i].trim().replaceAll("^\"|\"$", "").trim();
    return value.isEmpty() ? null : value;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
