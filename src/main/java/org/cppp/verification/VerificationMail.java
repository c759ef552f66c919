package org.cppp.verification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.Mailer;
import org.cppp.platform.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the factory's users and the provider's users that QA signed the verification, with the link
 * to the report. In English and Chinese, since a factory's staff read either.
 */
@Component
class VerificationMail {

  private static final Locale CHINESE = Locale.forLanguageTag("zh-HK");

  private final Users users;
  private final Mailer mailer;
  private final MessageSource messages;
  private final String baseUrl;

  VerificationMail(
      Users users,
      Mailer mailer,
      MessageSource messages,
      @Value("${cppp.public-url:http://localhost:8080}") String baseUrl) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
    this.baseUrl = baseUrl;
  }

  @ApplicationModuleListener
  void on(VerificationSigned signed) {
    SystemActor.run(
        () -> {
          Set<String> to = new LinkedHashSet<>(users.emailsOf(Role.APPLICANT, signed.factoryBr()));
          if (signed.providerCode() != null) {
            to.addAll(users.emailsOfProvider(signed.providerCode()));
          }
          Object[] args = {
            signed.application(),
            signed.signedOn().toString(),
            baseUrl + "/verifications/" + signed.caseId() + "/report.pdf"
          };
          String subject =
              text("mail.verification.signed.subject", Locale.ENGLISH, args)
                  + " / "
                  + text("mail.verification.signed.subject", CHINESE, args);
          String body =
              text("mail.verification.signed.body", Locale.ENGLISH, args)
                  + "\n\n"
                  + text("mail.verification.signed.body", CHINESE, args);
          to.forEach(address -> mailer.send(address, subject, body));
        });
  }

  private String text(String key, Locale locale, Object[] args) {
    return messages.getMessage(key, args, locale);
  }
}
