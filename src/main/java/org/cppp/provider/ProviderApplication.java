package org.cppp.provider;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A provider's application to join the register. It enters the officers' queue only once its sender
 * has confirmed their e-mail by the mailed link ({@link #confirm}), and leaves it once, by {@link
 * #register} or {@link #refuse}; each guards the state it starts from.
 */
@Entity
@Table(name = "provider_application")
class ProviderApplication {

  static final int MAX_REASON = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "name_zh")
  private String nameZh;

  @Enumerated(EnumType.STRING)
  private ProviderBase base;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "provider_application_specialism",
      joinColumns = @JoinColumn(name = "application_id"))
  @Column(name = "specialism")
  @Enumerated(EnumType.STRING)
  private Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);

  @Column(name = "contact_person")
  private String contactPerson;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "gdeic_registration_no")
  private String gdeicRegistrationNo;

  @Column(name = "gdeic_valid_until")
  private LocalDate gdeicValidUntil;

  private String language;

  @Enumerated(EnumType.STRING)
  private ProviderApplicationStatus status;

  @Column(name = "confirmation_token_hash")
  private String confirmationTokenHash;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "refusal_reason")
  private String refusalReason;

  @Column(name = "provider_code")
  private String providerCode;

  @Version private long version;

  protected ProviderApplication() {}

  /**
   * A new application, unconfirmed; refuses, naming the field, a GDEIC registration given in part
   * (number, expiry date and certificate go together), one that has lapsed by {@code today}, and
   * none for a provider based in Guangdong.
   */
  ProviderApplication(
      NewProviderApplication sent,
      String language,
      String tokenHash,
      Instant now,
      LocalDate today) {
    checkGdeic(sent, today);
    this.name = sent.name().strip();
    this.nameZh = blankToNull(sent.nameZh());
    this.base = sent.base();
    this.specialisms.addAll(sent.specialisms());
    this.contactPerson = sent.contactPerson().strip();
    this.contactPhone = sent.contactPhone().strip();
    this.contactEmail = sent.contactEmail().strip();
    this.gdeicRegistrationNo = blankToNull(sent.gdeicRegistrationNo());
    this.gdeicValidUntil = sent.gdeicValidUntil();
    this.language = language;
    this.status = ProviderApplicationStatus.UNCONFIRMED;
    this.confirmationTokenHash = tokenHash;
    this.submittedAt = now;
  }

  private static void checkGdeic(NewProviderApplication sent, LocalDate today) {
    boolean number = blankToNull(sent.gdeicRegistrationNo()) != null;
    boolean expiry = sent.gdeicValidUntil() != null;
    boolean prd = sent.base() == ProviderBase.PRD;
    if (!prd && !number && !expiry && !sent.hasCertificate()) {
      return;
    }
    String missing = prd ? "provider.gdeic.required" : "provider.application.gdeic.incomplete";
    if (!number) {
      throw new RuleViolation("gdeicRegistrationNo", missing);
    }
    if (!expiry) {
      throw new RuleViolation("gdeicValidUntil", missing);
    }
    if (sent.gdeicValidUntil().isBefore(today)) {
      throw new RuleViolation("gdeicValidUntil", "provider.application.gdeic.lapsed");
    }
  }

  /** Whether it gives a GDEIC registration (whose certificate must then come with it). */
  boolean hasGdeic() {
    return gdeicRegistrationNo != null;
  }

  /**
   * The sender confirmed their e-mail by the mailed link, within {@code within} of sending: the
   * application joins the officers' queue. Again is harmless; too late is refused.
   */
  boolean confirm(Instant now, Duration within) {
    if (status != ProviderApplicationStatus.UNCONFIRMED) {
      return false;
    }
    if (submittedAt.plus(within).isBefore(now)) {
      throw new RuleViolation(null, "provider.application.confirm.expired");
    }
    status = ProviderApplicationStatus.PENDING;
    confirmedAt = now;
    return true;
  }

  /**
   * Refuses to register unless it awaits an officer and its GDEIC registration (if any) is still
   * current on {@code today}.
   */
  void checkRegistrable(LocalDate today) {
    requireAwaitingOfficer();
    if (gdeicLapsedOn(today)) {
      throw new RuleViolation(null, "provider.application.gdeic.lapsed-since", gdeicValidUntil);
    }
  }

  /** An officer put the provider on the register under {@code code}. */
  void register(String code, String officer, Instant now) {
    decide(ProviderApplicationStatus.REGISTERED, officer, now);
    this.providerCode = code;
  }

  /** An officer refused the application; the reason is required and told to the sender. */
  void refuse(String reason, String officer, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "provider.application.reason.required");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new RuleViolation("reason", "provider.application.reason.too-long", MAX_REASON);
    }
    decide(ProviderApplicationStatus.REFUSED, officer, now);
    this.refusalReason = reason.strip();
  }

  private void requireAwaitingOfficer() {
    if (status == ProviderApplicationStatus.UNCONFIRMED) {
      throw new StateConflict("provider.application.unconfirmed", String.valueOf(id));
    }
    if (!status.awaitsOfficer()) {
      throw new StateConflict(
          "provider.application.decided",
          String.valueOf(id),
          new DefaultMessageSourceResolvable("provider.application.status." + status));
    }
  }

  private void decide(ProviderApplicationStatus outcome, String officer, Instant now) {
    requireAwaitingOfficer();
    this.status = outcome;
    this.decidedBy = officer;
    this.decidedAt = now;
  }

  /** Its GDEIC registration expired before {@code today}. */
  private boolean gdeicLapsedOn(LocalDate today) {
    return gdeicValidUntil != null && gdeicValidUntil.isBefore(today);
  }

  /** The register data it gives, under {@code code}, joining on {@code joinedOn}. */
  ProviderDetails details(String code, LocalDate joinedOn) {
    return new ProviderDetails(
        code,
        name,
        nameZh,
        base,
        specialisms,
        contactPerson,
        contactPhone,
        contactEmail,
        joinedOn,
        gdeicRegistrationNo,
        gdeicValidUntil);
  }

  ProviderApplicationView view() {
    return new ProviderApplicationView(
        id,
        name,
        nameZh,
        base,
        specialisms.stream().sorted().toList(),
        contactPerson,
        contactPhone,
        contactEmail,
        gdeicRegistrationNo,
        gdeicValidUntil,
        status,
        submittedAt,
        confirmedAt,
        decidedBy,
        decidedAt,
        refusalReason,
        providerCode);
  }

  /** What the audit trail keeps of it when it is sent. */
  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("base", base);
    values.put("contactEmail", contactEmail);
    values.put("gdeicRegistrationNo", gdeicRegistrationNo);
    values.put("gdeicValidUntil", gdeicValidUntil);
    return values;
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  String nameZh() {
    return nameZh;
  }

  String gdeicRegistrationNo() {
    return gdeicRegistrationNo;
  }

  String contactEmail() {
    return contactEmail;
  }

  String language() {
    return language;
  }

  ProviderApplicationStatus status() {
    return status;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
