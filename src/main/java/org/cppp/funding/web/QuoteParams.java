package org.cppp.funding.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.cppp.funding.Scheme;
import org.cppp.shared.DateInput;
import org.cppp.shared.DecimalInput;
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
    return DecimalInput.money("cost", text);
  }

  /** The date, or {@code null} (today) when not given; in the range plausible on {@code clock}. */
  static LocalDate date(String text, Clock clock) {
    return DateInput.on(clock).parse("date", text);
  }
}
