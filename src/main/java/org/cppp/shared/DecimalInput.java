package org.cppp.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one reader of numbers a user gives, in a page form, a JSON body, a CSV cell or a query, run
 * before any arithmetic. Plain decimal notation only: an optional sign, digits (grouped by commas
 * in thousands if at all), an optional point and decimals. An exponent is refused, because {@code
 * 1E+1000000} would keep a core busy for minutes in {@code setScale}; so are more integer digits or
 * decimals than the field allows. A refusal is a {@link RuleViolation} naming the field.
 */
public final class DecimalInput {

  /** Integer digits of any number: HK$999,999,999,999.99 is beyond any budget of the programme. */
  public static final int INTEGER_DIGITS = 12;

  /** Decimals of an amount of money: cents. */
  public static final int MONEY_DECIMALS = 2;

  /** Decimals of a measured quantity, a rate or an emission factor. */
  public static final int QUANTITY_DECIMALS = 6;

  private static final int MAX_LENGTH = 40;
  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d*)(\\.\\d*)?");

  private DecimalInput() {}

  /** An amount of money: at most 12 integer digits and 2 decimals; blank is {@code null}. */
  public static BigDecimal money(String field, String text) {
    return parse(field, text, INTEGER_DIGITS, MONEY_DECIMALS);
  }

  /** A quantity: at most 12 integer digits and 6 decimals; blank is {@code null}. */
  public static BigDecimal quantity(String field, String text) {
    return parse(field, text, INTEGER_DIGITS, QUANTITY_DECIMALS);
  }

  /**
   * An amount of money at its two decimals: at most 12 integer digits and 2 decimals.
   *
   * @throws RuleViolation naming {@code field} otherwise
   */
  public static BigDecimal cents(String field, BigDecimal amount) {
    return within(field, amount, INTEGER_DIGITS, MONEY_DECIMALS).setScale(MONEY_DECIMALS);
  }

  /**
   * Reads {@code text} as a plain decimal number within the given digits; blank is {@code null}.
   *
   * @throws RuleViolation naming {@code field} when the text is not such a number
   */
  public static BigDecimal parse(String field, String text, int integerDigits, int decimals) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip();
    if (plain.length() > MAX_LENGTH
        || !PLAIN.matcher(plain).matches()
        || !plain.chars().anyMatch(Character::isDigit)) {
      throw new RuleViolation(field, "input.number.format");
    }
    return within(field, new BigDecimal(plain.replace(",", "")), integerDigits, decimals);
  }

  /**
   * The number itself, when it has at most {@code integerDigits} before the point and {@code
   * decimals} significant decimals after it (trailing zeros do not count). Safe for any {@link
   * BigDecimal}: the digits are counted before anything is computed.
   *
   * @throws RuleViolation naming {@code field} otherwise
   */
  public static BigDecimal within(String field, BigDecimal value, int integerDigits, int decimals) {
    if (value == null) {
      return null;
    }
    long integerPart = (long) value.precision() - value.scale();
    if (integerPart > integerDigits || value.scale() > decimals + MAX_LENGTH) {
      throw new RuleViolation(field, "input.number.digits", integerDigits, decimals);
    }
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (stripped.scale() > decimals) {
      throw new RuleViolation(field, "input.number.digits", integerDigits, decimals);
    }
    return value;
  }
}
