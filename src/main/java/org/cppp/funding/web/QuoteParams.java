package org.cppp.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cppp.funding.Scheme;
import org.cppp.shared.RuleViolation;

/** Reads the calculator's and the quote API's parameters as typed, naming the bad one. */
final class QuoteParams {

  private QuoteParams() {}

  static Scheme scheme(String text) {
    try {
      return Scheme.valueOf(text == null ? "" : text.trim());
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("scheme", "funding.quote.scheme.required");
    }
  }

  static BigDecimal cost(String text) {
    if (text == null || text.isBlank()) {
      throw new RuleViolation("cost", "funding.quote.cost.required");
    }
    try {
      return new BigDecimal(text.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new RuleViolation("cost", "funding.quote.cost.invalid");
    }
  }

  /** The date, or {@code null} (today) when not given. */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new RuleViolation("date", "funding.quote.date.invalid");
    }
  }
}
