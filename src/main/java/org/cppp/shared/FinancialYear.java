package org.cppp.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Hong Kong government financial year, 1 April to 31 March, named by the calendar year it starts
 * in: {@code FinancialYear.of(2011)} runs from 2011-04-01 to 2012-03-31 and reads "2011/12".
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  public FinancialYear {
    if (startYear < 1900 || startYear > 9998) {
      throw new IllegalArgumentException("financial year out of range: " + startYear);
    }
  }

  /** The first financial year of the programme, 2008/09. */
  public static final int FIRST_START_YEAR = 2008;

  /**
   * The financial year a user named by its start year on {@code today}, from 2008/09 to the one ten
   * years ahead; none is {@code null}.
   *
   * @throws RuleViolation naming {@code field} for any other year
   */
  public static FinancialYear given(String field, Integer startYear, LocalDate today) {
    if (startYear == null) {
      return null;
    }
    int last = containing(DateInput.asOf(today).last()).startYear();
    if (startYear < FIRST_START_YEAR || startYear > last) {
      throw new RuleViolation(
          field,
          "input.financial-year.range",
          String.valueOf(FIRST_START_YEAR),
          String.valueOf(last));
    }
    return of(startYear);
  }

  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  public static FinancialYear containing(LocalDate date) {
    return new FinancialYear(
        date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1);
  }

  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  public String label() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
