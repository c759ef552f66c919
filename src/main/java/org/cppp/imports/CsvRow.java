package org.cppp.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.cppp.platform.TextInput;
import org.cppp.shared.DateInput;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;

/**
 * One data row of an imported file, read by column name. Each typed read checks the value and puts
 * any mistake on the row (and answers {@code null}), so one pass finds every mistake of the row.
 */
final class CsvRow {

  private final long number;
  private final Map<String, String> values;
  private final DateInput dates;
  private final BiFunction<String, Object[], String> messages;
  private final List<RowError> errors = new ArrayList<>();

  CsvRow(
      long number,
      Map<String, String> values,
      DateInput dates,
      BiFunction<String, Object[], String> messages) {
    this.number = number;
    this.values = values;
    this.dates = dates;
    this.messages = messages;
  }

  long number() {
    return number;
  }

  List<RowError> errors() {
    return errors;
  }

  boolean valid() {
    return errors.isEmpty();
  }

  void reject(String column, String key, Object... args) {
    errors.add(new RowError(number, column, messages.apply("imports.error." + key, args)));
  }

  /** A mistake the owning module found, in the reader's language, on a column. */
  void reject(String column, org.springframework.context.MessageSourceResolvable problem) {
    String key = problem.getCodes()[0];
    errors.add(new RowError(number, column, messages.apply(key, problem.getArguments())));
  }

  /** The raw value, or {@code null} when blank. */
  String raw(String column) {
    String v = values.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  String text(String column, boolean required, int maxLength) {
    String v = present(column, required);
    if (v != null && v.length() > maxLength) {
      reject(column, "too-long", maxLength);
      return null;
    }
    if (v != null && TextInput.hasControlCharacter(v)) {
      reject(column, "control-character");
      return null;
    }
    return v;
  }

  LocalDate date(String column, boolean required) {
    String v = present(column, required);
    try {
      return dates.parse(column, v);
    } catch (RuleViolation e) {
      if ("input.date.range".equals(e.messageKey())) {
        reject(column, "date-range", v, DateInput.FIRST.toString(), dates.last().toString());
      } else {
        reject(column, "date", v);
      }
      return null;
    }
  }

  Boolean bool(String column, boolean required) {
    String v = present(column, required);
    if (v == null || v.equals("true") || v.equals("false")) {
      return v == null ? null : Boolean.valueOf(v);
    }
    reject(column, "boolean", v);
    return null;
  }

  /** A non-negative amount with at most two decimals. */
  BigDecimal money(String column, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    try {
      BigDecimal amount = DecimalInput.money(column, v);
      if (amount.signum() >= 0) {
        return amount.setScale(DecimalInput.MONEY_DECIMALS);
      }
      reject(column, "negative", v);
    } catch (RuleViolation e) {
      reject(column, "input.number.digits".equals(e.messageKey()) ? "money" : "number", v);
    }
    return null;
  }

  /**
   * A quantity in plain notation, read as every number a user gives is ({@link
   * DecimalInput#quantity}): at most 12 integer digits and 6 decimals, no exponent. Its range and
   * its column's own decimals are the owning module's to check.
   */
  BigDecimal decimal(String column, boolean required) {
    String v = present(column, required);
    try {
      return DecimalInput.quantity(column, v);
    } catch (RuleViolation e) {
      if ("input.number.digits".equals(e.messageKey())) {
        reject(column, "quantity", v, DecimalInput.INTEGER_DIGITS, DecimalInput.QUANTITY_DECIMALS);
      } else {
        reject(column, "number", v);
      }
      return null;
    }
  }

  Integer count(String column, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 0) {
        return n;
      }
      reject(column, "negative", v);
    } catch (NumberFormatException e) {
      reject(column, "number", v);
    }
    return null;
  }

  <E extends Enum<E>> E code(String column, Class<E> type, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reject(column, "code", v);
      return null;
    }
  }

  String code(String column, Set<String> known, boolean required) {
    String v = present(column, required);
    if (v == null) {
      return null;
    }
    String code = v.toUpperCase(Locale.ROOT);
    if (known.contains(code)) {
      return code;
    }
    reject(column, "code", v);
    return null;
  }

  private String present(String column, boolean required) {
    String v = raw(column);
    if (v == null && required) {
      reject(column, "required");
    }
    return v;
  }
}
