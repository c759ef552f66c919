package org.cppp.outreach;

import static org.cppp.outreach.RegistrationStatus.CONFIRMED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.RateLimits;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of activities: the calendar of published activities, registration confirmed by
 * the secret link mailed to the address given (an unconfirmed one holds no seat and expires after
 * {@code cppp.outreach.confirm-within}), a waiting list when full, and cancellation by the same
 * link. Each client address and each e-mail address may register only so often ({@link
 * RateLimits}). Never shows a registrant.
 */
@Service
@Transactional
public class EventRegistrations {

  private final ActivityRecords activities;
  private final Registrations registrations;
  private final Seats seats;
  private final AuditTrail audit;
  private final RateLimits rateLimits;
  private final Duration confirmWithin;
  private final Clock clock;

  EventRegistrations(
      ActivityRecords activities,
      Registrations registrations,
      Seats seats,
      AuditTrail audit,
      RateLimits rateLimits,
      @Value("${cppp.outreach.confirm-within:24h}") Duration confirmWithin,
      Clock clock) {
    this.activities = activities;
    this.registrations = registrations;
    this.seats = seats;
    this.audit = audit;
    this.rateLimits = rateLimits;
    this.confirmWithin = confirmWithin;
    this.clock = clock;
  }

  /** Published activities held today or later, soonest first. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Page<PublicActivity> upcoming(Pageable pageable) {
    LocalDate today = LocalDate.now(clock);
    return activities.upcomingPublished(today, pageable).map(a -> publicView(a, today));
  }

  /** One published activity; an unpublished one is not found. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public PublicActivity activity(long id) {
    return publicView(published(activities.findById(id), id), LocalDate.now(clock));
  }

  /**
   * Takes a visitor's registration, unconfirmed, and mails the link that confirms it to the address
   * given. Refuses a second live registration with the same e-mail, and too many at once.
   */
  @PreAuthorize("permitAll()")
  public RegistrationResult register(long id, NewRegistration registration, Locale locale) {
    String email = registration.email().trim();
    rateLimits.consume("event-registration", email);
    Activity activity = published(activities.lockById(id), id);
    if (!activity.acceptsRegistrations(LocalDate.now(clock))) {
      throw new RuleViolation(null, "outreach.registration.closed");
    }
    registrations.expireUnconfirmed(id, email, cutoff());
    if (registrations.liveExists(id, email)) {
      throw new RuleViolation("email", "outreach.registration.duplicate");
    }
    Registration r = new Registration(id, registration, language(locale), clock.instant());
    try {
      registrations.saveAndFlush(r);
    } catch (DataIntegrityViolationException e) {
      throw new RuleViolation("email", "outreach.registration.duplicate");
    }
    audit.record(Activities.AUDIT_TYPE, String.valueOf(id), "REGISTERED", r.snapshot());
    seats.askToConfirm(r, activity);
    return new RegistrationResult(id, r.status());
  }

  /**
   * Confirms the registration behind a mailed link: a seat while any is left, else a place on the
   * waiting list, told by e-mail. Again is harmless; a link older than the confirmation window
   * expires the registration instead.
   */
  @PreAuthorize("permitAll()")
  public PublicRegistration confirm(String token) {
    Registration r = byToken(token);
    Activity activity = activities.lockById(r.activityId()).orElseThrow();
    if (r.lapsedBefore(cutoff())) {
      r.expire();
      audit.record(
          Activities.AUDIT_TYPE,
          String.valueOf(activity.id()),
          "REGISTRATION_EXPIRED",
          Map.of("registration", r.id()));
    } else if (r.status() == RegistrationStatus.UNCONFIRMED) {
      if (!activity.acceptsRegistrations(LocalDate.now(clock))) {
        throw new RuleViolation(null, "outreach.registration.closed");
      }
      long seated = registrations.countByActivityIdAndStatus(r.activityId(), CONFIRMED);
      r.confirm(activity.hasSeatFor(seated), clock.instant());
      registrations.flush();
      audit.record(
          Activities.AUDIT_TYPE,
          String.valueOf(activity.id()),
          "REGISTRATION_CONFIRMED",
          r.snapshot());
      boolean seat = r.status() == CONFIRMED;
      seats.mail(r, activity, seat ? "outreach.mail.confirmed" : "outreach.mail.waiting");
    }
    return new PublicRegistration(
        activity.id(), activity.titleEn(), activity.titleZh(), r.status());
  }

  /** Expires the registrations never confirmed within the window (a job runs it). */
  @PreAuthorize(OutreachPolicy.EDIT)
  public int expireUnconfirmed() {
    int expired = registrations.expireUnconfirmed(cutoff());
    if (expired > 0) {
      audit.record(
          Activities.AUDIT_TYPE, "*", "UNCONFIRMED_EXPIRED", Map.of("registrations", expired));
    }
    return expired;
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
    if (r.status() != RegistrationStatus.CANCELLED && r.status() != RegistrationStatus.EXPIRED) {
      boolean hadSeat = r.cancel(clock.instant());
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
    return a.publicView(registrations.countByActivityIdAndStatus(a.id(), CONFIRMED), today);
  }

  private Instant cutoff() {
    return clock.instant().minus(confirmWithin);
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
