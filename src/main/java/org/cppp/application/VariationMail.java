package org.cppp.application;

import java.util.Collection;
import java.util.Locale;
import org.cppp.identity.Role;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.cppp.platform.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the officers that a variation request awaits them, and the factory's applicants how it was
 * decided, each in their own language with a link to the application. The mails go to the outbox in
 * the transaction of the change, so a refused (rolled back) change mails nobody.
 */
@Component
class VariationMail {

  private final RoleHolders users;
  private final Mailer mailer;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  VariationMail(RoleHolders users, Mailer mailer, MessageSource messages, PublicUrl publicUrl) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  void requested(FundingApplication application, Variation variation) {
    send(users.emailsOf(Role.OFFICER, null), "requested", application, variation);
  }

  void decided(FundingApplication application, Variation variation) {
    send(
        users.emailsOf(Role.APPLICANT, application.factoryBr()),
        variation.status().name(),
        application,
        variation);
  }

  private void send(
      Collection<String> to, String event, FundingApplication application, Variation variation) {
    for (String address : to) {
      Locale locale = users.languageOf(address);
      Object[] args = {
        application.reference(),
        messages.getMessage("variation.kind." + variation.kind().name(), null, locale),
        variation.view().decisionNote() == null ? "" : variation.view().decisionNote(),
        publicUrl.link("/applications/" + application.reference())
      };
      mailer.send(
          address,
          messages.getMessage("mail.variation." + event + ".subject", args, locale),
          messages.getMessage("mail.variation." + event + ".body", args, locale));
    }
  }
}
