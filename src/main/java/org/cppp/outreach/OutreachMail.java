package org.cppp.outreach;

import java.util.Locale;
import org.cppp.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails a visitor in their language; the mail joins the outbox in the transaction of the change
 * that causes it (never sent for a change that was rolled back).
 */
@Component
class OutreachMail {

  private final MessageSource messages;
  private final Mailer mailer;

  OutreachMail(MessageSource messages, Mailer mailer) {
    this.messages = messages;
    this.mailer = mailer;
  }

  void queue(String to, Locale locale, String key, Object... args) {
    mailer.send(
        to,
        messages.getMessage(key + ".subject", args, locale),
        messages.getMessage(key + ".body", args, locale));
  }
}
