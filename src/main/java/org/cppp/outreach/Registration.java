package org.cppp.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visitor's registration for an activity, with the secret token of the links mailed to them: it
 * takes a seat (or a place on the waiting list) only once confirmed by that link.
 */
@Entity
@Table(name = "outreach_registration")
class Registration {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "activity_id")
  private long activityId;

  private String name;
  private String company;

  @Column(name = "factory_br")
  private String factoryBr;

  private String email;
  private String phone;
  private String locale;

  @Enumerated(EnumType.STRING)
  private RegistrationStatus status;

  private String token;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Version private long version;

  protected Registration() {}

  Registration(long activityId, NewRegistration r, String locale, Instant now) {
    this.activityId = activityId;
    this.name = r.name().trim();
    this.company = blankToNull(r.company());
    this.factoryBr = blankToNull(r.factoryBr());
    this.email = r.email().trim();
    this.phone = blankToNull(r.phone());
    this.locale = locale;
    this.status = RegistrationStatus.UNCONFIRMED;
    this.token = newToken();
    this.registeredAt = now;
  }

  /**
   * Confirms by the mailed link: a seat if {@code seat}, else a place on the waiting list. Returns
   * false (and changes nothing) unless the registration awaited confirmation.
   */
  boolean confirm(boolean seat, Instant now) {
    if (status != RegistrationStatus.UNCONFIRMED) {
      return false;
    }
    status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    confirmedAt = now;
    return true;
  }

  /** Whether it still awaits confirmation although it was registered before the cutoff. */
  boolean lapsedBefore(Instant cutoff) {
    return status == RegistrationStatus.UNCONFIRMED && registeredAt.isBefore(cutoff);
  }

  /** An unconfirmed registration whose link came too late. */
  void expire() {
    if (status != RegistrationStatus.UNCONFIRMED) {
      throw new IllegalStateException("only an unconfirmed registration expires");
    }
    status = RegistrationStatus.EXPIRED;
  }

  /** Gives up the seat or the place on the waiting list; returns whether it held a seat. */
  boolean cancel(Instant now) {
    boolean hadSeat = status == RegistrationStatus.CONFIRMED;
    if (status != RegistrationStatus.CANCELLED && status != RegistrationStatus.EXPIRED) {
      status = RegistrationStatus.CANCELLED;
      cancelledAt = now;
    }
    return hadSeat;
  }

  /** Moves from the waiting list to a seat. */
  void promote() {
    if (status != RegistrationStatus.WAITING) {
      throw new IllegalStateException("only a waiting registration is promoted");
    }
    status = RegistrationStatus.CONFIRMED;
  }

  RegistrationView view(boolean attended) {
    return new RegistrationView(
        id, name, company, factoryBr, email, phone, status, registeredAt, attended);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("activity", activityId);
    values.put("name", name);
    values.put("status", status);
    return values;
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  Long id() {
    return id;
  }

  long activityId() {
    return activityId;
  }

  String name() {
    return name;
  }

  String company() {
    return company;
  }

  String factoryBr() {
    return factoryBr;
  }

  String email() {
    return email;
  }

  String locale() {
    return locale;
  }

  String token() {
    return token;
  }

  RegistrationStatus status() {
    return status;
  }
}
