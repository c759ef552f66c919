package org.cppp.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request that does not fit the record's current state, e.g. approving an application that is
 * still a draft. Pages show the message, the API answers 409 with it. Never a server error.
 */
public class StateConflict extends RuntimeException implements MessageSourceResolvable {

  private final String messageKey;
  private final transient Object[] arguments;

  public StateConflict(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
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
