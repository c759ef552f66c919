package org.cppp.verification.web;

import java.util.Locale;
import org.cppp.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal as the message a page shows after an action: the field's label as the form shows it
 * ({@code verification.form.<field>}), then the reason, in the reader's language.
 */
final class Refusals {

  static final String LABELS = "verification.form.";

  private Refusals() {}

  static String text(MessageSource messages, MessageSourceResolvable refusal, Locale locale) {
    String reason = messages.getMessage(refusal, locale);
    if (refusal instanceof RuleViolation v && v.field() != null) {
      String label = messages.getMessage(LABELS + v.field(), null, null, locale);
      if (label != null) {
        return messages.getMessage("form.error.labelled", new Object[] {label, reason}, locale);
      }
    }
    return reason;
  }
}
