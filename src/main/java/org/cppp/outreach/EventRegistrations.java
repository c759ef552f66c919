package org.cppp.outreach;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of activities: the calendar of published activities, registration with a waiting
 * list when full, and cancellation by the secret link sent by e-mail. Never shows a registrant.
 */
@Service
@Transactional
public class EventRegistrations {

  private final ActivityRecords activities;
  private final Registrations registrations;
  private final Seats seats;
  private final AuditTrail audit;

  EventRegistrations(
      ActivityRecords activities, Registrations registrations, Seats seats, AuditTrail audit) {
    this.activities = activities;
    this.registrations = registrations;
    this.seats = seats;
    this.audit = audit;
  }

  /** Published activities held today or later, soonest first. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Page<PublicActivity> upcoming(Pageable pageable) {
    LocalDate today = LocalDate.now();
    return activities.upcomingPublished(today, pageable).map(a -> publicView(a, today));
  }

  /** One published activity; an unpublished one is not found. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public PublicActivity activity(long id) {
    return publicView(published(activities.findById(id), id), LocalDate.now());
  }

  /**
   * Registers a visitor: a seat while any is left, else a place on the waiting list; mails the
   * confirmation with the cancel link. Refuses a second live registration with the same e-mail.
   */
  @PreAuthorize("permitAll()")
  public RegistrationResult register(long id, NewRegistration registration, Locale locale) {
    Activity activity = published(activities.lockById(id), id);
    if (!activity.acceptsRegistrations(LocalDate.now())) {
      throw new RuleViolation(null, "outreach.registration.closed");
    }
    if (registrations.liveExists(id, registration.email().trim())) {
      throw new RuleViolation("email", "outreach.registration.duplicate");
    }
    long confirmed = registrations.countByActivityIdAndStatus(id, RegistrationStatus.CONFIRMED);
    Registration r =
        new Registration(id, registration, language(locale), activity.hasSeatFor(confirmed));
    try {
      registrations.saveAndFlush(r);
    } catch (DataIntegrityViolationException e) {
      throw new RuleViolation("email", "outreach.registration.duplicate");
    }
    audit.record(Activities.AUDIT_TYPE, String.valueOf(id), "REGISTERED", r.snapshot());
    boolean seat = r.status() == RegistrationStatus.CONFIRMED;
    seats.mail(r, activity, seat ? "outreach.mail.confirmed" : "outreach.mail.waiting");
    return new RegistrationResult(id, r.status(), r.token());
  }

  /** The registration behind a cancel link. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public PublicRegistration registration(String token) {
    Registration r = byToken(token);
    Activity a = activities.findById(r.activityId()).orElseThrow();
    return new PublicRegistration(a.id(), a.titleEn(), a.titleZh(), r.status());
  }

  /**
   * Cancels the registration behind a cancel link (again is harmless); a freed seat goes to the
   * first on the waiting list, who is told by e-mail.
   */
  @PreAuthorize("permitAll()")
  public PublicRegistration cancel(String token) {
    Registration r = byToken(token);
    Activity activity = activities.lockById(r.activityId()).orElseThrow();
    if (r.status() != RegistrationStatus.CANCELLED) {
      boolean hadSeat = r.cancel();
      registrations.flush();
      audit.record(
          Activities.AUDIT_TYPE,
          String.valueOf(activity.id()),
          "REGISTRATION_CANCELLED",
          Map.of("registration", r.id(), "name", r.name()));
      seats.mail(r, activity, "outreach.mail.cancelled");
      if (hadSeat) {
        seats.fill(activity);
      }
    }
    return new PublicRegistration(
        activity.id(), activity.titleEn(), activity.titleZh(), r.status());
  }

  private Registration byToken(String token) {
    if (token == null || token.length() > 64) {
      throw new NotFoundException("Registration", "?");
    }
    return registrations
        .findByToken(token)
        .orElseThrow(() -> new NotFoundException("Registration", "?"));
  }

  private PublicActivity publicView(Activity a, LocalDate today) {
    return a.publicView(
        registrations.countByActivityIdAndStatus(a.id(), RegistrationStatus.CONFIRMED), today);
  }

  private static Activity published(java.util.Optional<Activity> found, long id) {
    return found
        .filter(Activity::published)
        .orElseThrow(() -> new NotFoundException("Activity", id));
  }

  private static String language(Locale locale) {
    return locale == null ? "en" : locale.toLanguageTag();
  }
}
