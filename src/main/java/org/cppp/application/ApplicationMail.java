package org.cppp.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.identity.Users;
import org.cppp.platform.Mailer;
import org.cppp.platform.SystemActor;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the factory's applicants of every status change of their application, and the officers when
 * an application awaits them. In English and Chinese, since a factory's staff read either.
 */
@Component
class ApplicationMail {

  static final Set<ApplicationStatus> AWAITING_OFFICERS =
      EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.DEFERRED);

  private final Users users;
  private final Mailer mailer;
  private final MessageSource messages;

  ApplicationMail(Users users, Mailer mailer, MessageSource messages) {
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(ApplicationStatusChanged change) {
    SystemActor.run(
        () -> {
          String body = body(change);
          String subject =
              text("mail.application.subject", Locale.ENGLISH, change)
                  + " / "
                  + text("mail.application.subject", Locale.forLanguageTag("zh-HK"), change);
          users
              .emailsOf(Role.APPLICANT, change.factoryBr())
              .forEach(to -> mailer.send(to, subject, body));
          if (AWAITING_OFFICERS.contains(change.to())) {
            List<String> officers = users.emailsOf(Role.OFFICER, null);
            officers.forEach(to -> mailer.send(to, subject, body));
          }
        });
  }

  private String body(ApplicationStatusChanged change) {
    return text("mail.application.body", Locale.ENGLISH, change)
        + "\n\n"
        + text("mail.application.body", Locale.forLanguageTag("zh-HK"), change);
  }

  private String text(String key, Locale locale, ApplicationStatusChanged change) {
    String status = messages.getMessage("status." + change.to().name(), null, locale);
    return messages.getMessage(
        key, new Object[] {change.reference(), status, change.effectiveOn().toString()}, locale);
  }
}
