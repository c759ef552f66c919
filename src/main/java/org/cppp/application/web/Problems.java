package org.cppp.application.web;

import java.util.Locale;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;

/** A refusal's message in the user's language, for a flash message. */
final class Problems {

  private Problems() {}

  static String text(MessageSource messages, RuntimeException e, Locale locale) {
    if (e instanceof RuleViolation v) {
      return messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale);
    }
    if (e instanceof StateConflict c) {
      return messages.getMessage(c.messageKey(), c.arguments(), c.messageKey(), locale);
    }
    return e.getMessage();
  }
}
