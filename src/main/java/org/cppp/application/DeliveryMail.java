package org.cppp.application;

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
 * Tells QA when a deliverable awaits review, and the factory's and the provider's users when QA
 * accepted or returned one (with QA's comments), each in their own language.
 */
@Component
class DeliveryMail {

  private final RoleHolders users;
  private final Mailer mailer;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  DeliveryMail(RoleHolders users, Mailer mailer, MessageSource messages, PublicUrl publicUrl) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  @ApplicationModuleListener
  void on(DeliverableChanged change) {
    for (String to : recipients(change)) {
      Locale locale = users.languageOf(to);
      mailer.send(to, text("subject", locale, change), text("body", locale, change));
    }
  }

  private Set<String> recipients(DeliverableChanged change) {
    Set<String> to = new LinkedHashSet<>();
    switch (change.action()) {
      case UPLOADED, REPLACED -> to.addAll(users.emailsOf(Role.QA, null));
      case ACCEPTED, RETURNED -> {
        to.addAll(users.emailsOf(Role.APPLICANT, change.factoryBr()));
        if (change.providerCode() != null) {
          to.addAll(users.emailsOfProvider(change.providerCode()));
        }
      }
    }
    return to;
  }

  private String text(String part, Locale locale, DeliverableChanged change) {
    String kind = messages.getMessage("deliverable.kind." + change.kind().name(), null, locale);
    Object[] args = {
      change.reference(),
      kind,
      change.revision(),
      change.comments(),
      publicUrl.link("/applications/" + change.reference())
    };
    return messages.getMessage(
        "mail.deliverable." + change.action().name() + "." + part, args, locale);
  }
}
