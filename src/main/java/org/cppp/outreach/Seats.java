package org.cppp.outreach;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
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
  private final String baseUrl;

  Seats(
      Registrations registrations,
      OutreachMail mailer,
      AuditTrail audit,
      @Value("${cppp.public-url:http://localhost:8080}") String baseUrl) {
    this.registrations = registrations;
    this.mailer = mailer;
    this.audit = audit;
    this.baseUrl = baseUrl;
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

  void mail(Registration r, Activity activity, String key) {
    Locale locale = Locale.forLanguageTag(r.locale());
    String title = "zh".equals(locale.getLanguage()) ? activity.titleZh() : activity.titleEn();
    mailer.queue(
        r.email(),
        locale,
        key,
        r.name(),
        title,
        activity.heldOn().toString(),
        cancelLink(r.token()));
  }

  String cancelLink(String token) {
    return baseUrl + "/events/registrations/" + token + "/cancel";
  }
}
