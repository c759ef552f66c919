package org.cppp.verification.web;

import java.util.Locale;
import org.cppp.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal as the message a page shows after an action: the field's label as the form shows it
 * ({@code verification.form.<field>}), then the reason; resolved in the reader's language by {@link
 * org.cppp.platform.Notices}.
 */
final class Refusals {

  static final String LABELS = "verification.form.";

  private Refusals() {}

  static MessageSourceResolvable labelled(
      MessageSource messages, MessageSourceResolvable refusal, Locale locale) {
    if (refusal instanceof RuleViolation v && v.field() != null) {
      String label = messages.getMessage(LABELS + v.field(), null, null, locale);
      if (label != null) {
        return new DefaultMessageSourceResolvable(
            new String[] {"form.error.labelled"}, new Object[] {label, refusal});
      }
    }
    return refusal;
  }
}
