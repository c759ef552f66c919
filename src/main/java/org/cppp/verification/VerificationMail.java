package org.cppp.verification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.cppp.platform.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the factory's users and the provider's users that QA signed the verification, with the link
 * to the report, each in their own language.
 */
@Component
class VerificationMail {

  private final RoleHolders users;
  private final Mailer mailer;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  VerificationMail(RoleHolders users, Mailer mailer, MessageSource messages, PublicUrl publicUrl) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  @ApplicationModuleListener
  void on(VerificationSigned signed) {
    Set<String> to = new LinkedHashSet<>(users.emailsOf(Role.APPLICANT, signed.factoryBr()));
    if (signed.providerCode() != null) {
      to.addAll(users.emailsOfProvider(signed.providerCode()));
    }
    Object[] args = {
      signed.application(),
      signed.signedOn().toString(),
      publicUrl.link("/verifications/" + signed.caseId() + "/report.pdf")
    };
    for (String address : to) {
      Locale locale = users.languageOf(address);
      mailer.send(
          address,
          text("mail.verification.signed.subject", locale, args),
          text("mail.verification.signed.body", locale, args));
    }
  }

  private String text(String key, Locale locale, Object[] args) {
    return messages.getMessage(key, args, locale);
  }
}
