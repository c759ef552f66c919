package org.cppp.site;

import java.util.Locale;
import org.cppp.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails about account requests: to the requester in the language of the page they asked on, to
 * a factory's registered contact (who may have no account) in English and Chinese. What the public
 * typed (a requester's name, e-mail, phone) is quoted only at the end of a body, marked as entered
 * on the form; subjects and opening lines are the system's own words.
 */
@Component
class AccountRequestMail {

  private static final Locale CHINESE = Locale.forLanguageTag("zh-HK");

  private final Mailer mailer;
  private final MessageSource messages;

  AccountRequestMail(Mailer mailer, MessageSource messages) {
    this.mailer = mailer;
    this.messages = messages;
  }

  /** Tells the requester the officer's decision, in the language of the page they asked on. */
  void toRequester(AccountRequest request, String key, Object argument) {
    Object[] args = {argument};
    Locale locale = request.language().locale();
    mailer.send(
        request.contactEmail(),
        text(key + ".subject", args, locale),
        text(key + ".body", args, locale));
  }

  /** Asks the factory's registered contact to confirm (or decline) the requester. */
  void toRegisteredContact(AccountRequest request, RegisteredFactory factory, String link) {
    Object[] args = {
      request.brNumber(),
      factory.nameEn(),
      link,
      request.contactPerson(),
      request.contactEmail(),
      request.contactPhone()
    };
    send(factory.contactEmail(), "site.mail.contact", args);
  }

  private void send(String to, String key, Object[] args) {
    mailer.send(
        to,
        text(key + ".subject", args, Locale.ENGLISH)
            + " / "
            + text(key + ".subject", args, CHINESE),
        text(key + ".body", args, Locale.ENGLISH) + "\n\n" + text(key + ".body", args, CHINESE));
  }

  private String text(String key, Object[] args, Locale locale) {
    return messages.getMessage(key, args, locale);
  }
}
