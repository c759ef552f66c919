package org.cppp.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A user's request breaks a business rule. Carries the field it concerns (or {@code null} for the
 * whole record) and a message key with arguments; it is a {@link MessageSourceResolvable}, so pages
 * and the API explain it in the user's language. Never a server error.
 */
public class RuleViolation extends RuntimeException implements MessageSourceResolvable {

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

  /** Resolves as its message key with its arguments; a missing key shows as the key itself. */
  @Override
  public String[] getCodes() {
    return new String[] {messageKey};
  }

  @Override
  public Object[] getArguments() {
    return arguments();
  }

  @Override
  public String getDefaultMessage() {
    return messageKey;
  }
}
