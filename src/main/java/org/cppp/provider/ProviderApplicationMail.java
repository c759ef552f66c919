package org.cppp.provider;

import java.util.Locale;
import org.cppp.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails to a provider that applied to join the register, in the language they used on the form,
 * written to the outbox with the change that causes them (never sent for one rolled back). Subjects
 * and opening lines are the system's own words; what the sender typed is never in a subject.
 */
@Component
class ProviderApplicationMail {

  private final Mailer mailer;
  private final MessageSource messages;

  ProviderApplicationMail(Mailer mailer, MessageSource messages) {
    this.mailer = mailer;
    this.messages = messages;
  }

  /**
   * Mails the sender {@code key}'s subject and body ({@code provider.mail.<what>}) with the
   * arguments.
   */
  void toSender(ProviderApplication application, String key, Object... args) {
    Locale locale = Locale.forLanguageTag(application.language());
    String to = application.contactEmail();
    String subject = messages.getMessage(key + ".subject", args, locale);
    String body = messages.getMessage(key + ".body", args, locale);
    mailer.send(to, subject, body);
  }
}
