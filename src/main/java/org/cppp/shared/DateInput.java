package org.cppp.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one reader of dates a user gives: an ISO {@code yyyy-MM-dd} string and nothing else (not a
 * day count, not a year beyond four digits), within the programme's plausible range: not before
 * {@link #FIRST} (the programme was planned from 2008) and not more than ten years after the day it
 * is read on. A reader is taken for that day ({@link #on(Clock)}), so the range follows the
 * programme's clock. A field with a narrower rule (a decision date not in the future) checks it in
 * its facade.
 */
public final class DateInput {

  /** The earliest date any record of the programme can carry. */
  public static final LocalDate FIRST = LocalDate.of(2008, 1, 1);

  /** How far ahead a date may be planned. */
  public static final int YEARS_AHEAD = 10;

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final LocalDate last;

  private DateInput(LocalDate today) {
    this.last = today.plusYears(YEARS_AHEAD);
  }

  /** The reader for today on {@code clock}. */
  public static DateInput on(Clock clock) {
    return asOf(LocalDate.now(clock));
  }

  /** The reader for dates given on {@code today}. */
  public static DateInput asOf(LocalDate today) {
    return new DateInput(today);
  }

  /** The last date any record may carry: ten years from today. */
  public LocalDate last() {
    return last;
  }

  /**
   * Reads an ISO date; blank is {@code null}.
   *
   * @throws RuleViolation naming {@code field} for any other text or a date out of range
   */
  public LocalDate parse(String field, String text) {
    return parse(field, text, FIRST);
  }

  /**
   * Reads an ISO date from {@code earliest} on, for a field whose dates may precede the programme
   * (a measured baseline); blank is {@code null}.
   *
   * @throws RuleViolation naming {@code field} for any other text or a date out of range
   */
  public LocalDate parse(String field, String text, LocalDate earliest) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String iso = text.strip();
    if (!ISO.matcher(iso).matches()) {
      throw new RuleViolation(field, "input.date.format");
    }
    try {
      return within(field, LocalDate.parse(iso, STRICT), earliest);
    } catch (DateTimeException e) {
      throw new RuleViolation(field, "input.date.format");
    }
  }

  /**
   * The date itself when it lies in the programme's plausible range.
   *
   * @throws RuleViolation naming {@code field} otherwise
   */
  public LocalDate within(String field, LocalDate date) {
    return within(field, date, FIRST);
  }

  /**
   * The date itself when it lies from {@code earliest} to ten years ahead.
   *
   * @throws RuleViolation naming {@code field} otherwise
   */
  public LocalDate within(String field, LocalDate date, LocalDate earliest) {
    if (date != null && (date.isBefore(earliest) || date.isAfter(last))) {
      throw new RuleViolation(field, "input.date.range", earliest.toString(), last.toString());
    }
    return date;
  }
}
