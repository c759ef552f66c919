package org.cppp.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;

/** The budget ledger's input checks, each refusing its field by name. */
final class LedgerInput {

  private LedgerInput() {}

  /** A commitment's own fields, each refused by name: reference, scheme, amount, decision date. */
  static Commitment checked(Commitment c) {
    String ref = reference(c.applicationRef());
    if (c.scheme() == null) {
      throw new RuleViolation("scheme", "budget.scheme.required");
    }
    return new Commitment(ref, c.scheme(), amount(c.amountHkd()), date(c.decidedOn(), "decidedOn"));
  }

  static String reference(String applicationRef) {
    if (applicationRef == null || applicationRef.isBlank() || applicationRef.trim().length() > 40) {
      throw new RuleViolation("applicationRef", "budget.application.required");
    }
    return applicationRef.trim();
  }

  static BigDecimal amount(BigDecimal amountHkd) {
    if (amountHkd == null || amountHkd.signum() <= 0) {
      throw new RuleViolation("amountHkd", "budget.amount.positive");
    }
    return DecimalInput.cents("amountHkd", amountHkd);
  }

  static LocalDate date(LocalDate date, String field) {
    if (date == null) {
      throw new RuleViolation(field, "budget.date.required");
    }
    return date;
  }

  static String required(String text, String field) {
    if (text == null || text.isBlank() || text.trim().length() > 500) {
      throw new RuleViolation(field, "budget." + field + ".required");
    }
    return text.trim();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
