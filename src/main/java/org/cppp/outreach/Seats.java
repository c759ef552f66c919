package org.cppp.outreach;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * Hands freed seats to the waiting list in order of registration, and tells each promoted visitor.
 * Callers hold the activity's row lock.
 */
@Component
class Seats {

  private final Registrations registrations;
  private final OutreachMail mailer;
  private final AuditTrail audit;
  private final PublicUrl publicUrl;

  Seats(Registrations registrations, OutreachMail mailer, AuditTrail audit, PublicUrl publicUrl) {
    this.registrations = registrations;
    this.mailer = mailer;
    this.audit = audit;
    this.publicUrl = publicUrl;
  }

  void fill(Activity activity) {
    long id = activity.id();
    while (activity.hasSeatFor(
        registrations.countByActivityIdAndStatus(id, RegistrationStatus.CONFIRMED))) {
      Optional<Registration> next =
          registrations.findFirstByActivityIdAndStatusOrderByRegisteredAtAscIdAsc(
              id, RegistrationStatus.WAITING);
      if (next.isEmpty()) {
        return;
      }
      Registration promoted = next.get();
      promoted.promote();
      registrations.flush();
      audit.record(
          Activities.AUDIT_TYPE,
          String.valueOf(id),
          "PROMOTED",
          Map.of("registration", promoted.id(), "name", promoted.name()));
      mail(promoted, activity, "outreach.mail.promoted");
    }
  }

  /** Mails the link that confirms a new registration (the only way it takes a seat). */
  void askToConfirm(Registration r, Activity activity) {
    send(r, activity, "outreach.mail.confirm", link(r.token(), "confirm"));
  }

  /** Mails a change of the registration, with its cancel link. */
  void mail(Registration r, Activity activity, String key) {
    send(r, activity, key, link(r.token(), "cancel"));
  }

  /**
   * The name the visitor typed is the public's text: the mail's templates quote it at the end,
   * marked as entered by the registrant, never in the subject or the opening lines.
   */
  private void send(Registration r, Activity activity, String key, String link) {
    Locale locale = Locale.forLanguageTag(r.locale());
    String title = "zh".equals(locale.getLanguage()) ? activity.titleZh() : activity.titleEn();
    mailer.queue(r.email(), locale, key, r.name(), title, activity.heldOn().toString(), link);
  }

  private String link(String token, String action) {
    return publicUrl.link("/events/registrations/" + token + "/" + action);
  }
}
