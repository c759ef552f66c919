package org.cppp.application;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.identity.RoleHolders;
import org.cppp.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the factory's applicants of every status change of their application, and the officers when
 * an application awaits them, each in their own language.
 */
@Component
class ApplicationMail {

  static final Set<ApplicationStatus> AWAITING_OFFICERS =
      EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.DEFERRED);

  private final RoleHolders users;
  private final Mailer mailer;
  private final MessageSource messages;

  ApplicationMail(RoleHolders users, Mailer mailer, MessageSource messages) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(ApplicationStatusChanged change) {
    Set<String> to = new LinkedHashSet<>(users.emailsOf(Role.APPLICANT, change.factoryBr()));
    if (AWAITING_OFFICERS.contains(change.to())) {
      to.addAll(users.emailsOf(Role.OFFICER, null));
    }
    to.forEach(
        address -> {
          Locale locale = users.languageOf(address);
          mailer.send(
              address,
              text("mail.application.subject", locale, change),
              text("mail.application.body", locale, change));
        });
  }

  private String text(String key, Locale locale, ApplicationStatusChanged change) {
    String status = messages.getMessage("status." + change.to().name(), null, locale);
    return messages.getMessage(
        key, new Object[] {change.reference(), status, change.effectiveOn().toString()}, locale);
  }
}
