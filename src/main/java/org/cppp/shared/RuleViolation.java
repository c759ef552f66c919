package org.cppp.shared;

/**
 * A user's request breaks a business rule. Carries the field it concerns (or {@code null} for the
 * whole record) and a message key with arguments, so pages and the API can explain it in the user's
 * language. Never a server error.
 */
public class RuleViolation extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public RuleViolation(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
