package org.cppp.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.identity.Language;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;

/** A factory's request for an applicant account, pending until an officer decides. */
@Entity
@Table(name = "account_request")
class AccountRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "br_number")
  private String brNumber;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "hk_owned")
  private boolean hkOwned;

  private String city;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  private String address;

  @Column(name = "contact_person")
  private String contactPerson;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private AccountRequestStatus status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "confirmation_token_hash")
  private String confirmationTokenHash;

  @Column(name = "confirmation_sent_to")
  private String confirmationSentTo;

  @Column(name = "confirmation_sent_at")
  private Instant confirmationSentAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  @Column(name = "confirmation_note")
  private String confirmationNote;

  @Column(name = "declined_at")
  private Instant declinedAt;

  private String language;

  @Version private long version;

  protected AccountRequest() {}

  AccountRequest(NewAccountRequest request, String passwordHash, Language language, Instant now) {
    this.language = language.tag();
    this.brNumber = request.brNumber().trim();
    this.nameEn = request.nameEn().trim();
    this.nameZh = request.nameZh() == null ? null : request.nameZh().trim();
    this.hkOwned = Boolean.TRUE.equals(request.hkOwned());
    this.city = request.city();
    this.sector = request.sector();
    this.address = request.address().trim();
    this.contactPerson = request.contactPerson().trim();
    this.contactPhone = request.contactPhone().trim();
    this.contactEmail = request.contactEmail().trim();
    this.username = request.username().trim();
    this.passwordHash = passwordHash;
    this.status = AccountRequestStatus.PENDING;
    this.decisionNote = "";
    this.submittedAt = now;
  }

  /** The language of the page the request was made on: its mails', and the account's. */
  Language language() {
    return Language.ofTag(language);
  }

  void approve(String officer, String note, Instant now) {
    decide(AccountRequestStatus.APPROVED, officer, note, now);
  }

  void reject(String officer, String reason, Instant now) {
    decide(AccountRequestStatus.REJECTED, officer, reason, now);
  }

  /**
   * Approves as an additional user of the registered factory this request names: only once the
   * factory's registered contact (or an officer, offline) has confirmed the requester.
   */
  void approveAsAdditionalUser(String officer, String note, Instant now) {
    if (confirmedAt == null) {
      throw new RuleViolation(null, "site.requests.confirmation.needed", brNumber);
    }
    decide(AccountRequestStatus.APPROVED, officer, note, now);
  }

  /** A confirmation link is mailed to the registered contact; a new one replaces the last. */
  void askRegisteredContact(String tokenHash, String contactEmail, Instant now) {
    requirePending();
    this.confirmationTokenHash = tokenHash;
    this.confirmationSentTo = contactEmail;
    this.confirmationSentAt = now;
    this.declinedAt = null;
  }

  /** The registered contact answered the mailed link (yes or no), within the time allowed. */
  void answerByContact(boolean confirmed, Instant now, Duration within) {
    requirePending();
    if (confirmationSentAt == null || confirmationSentAt.plus(within).isBefore(now)) {
      throw new RuleViolation(null, "site.confirm.expired");
    }
    if (confirmed) {
      confirm("registered contact " + confirmationSentTo, null, now);
    } else {
      this.declinedAt = now;
      this.confirmedAt = null;
    }
  }

  /** An officer records that the registered contact confirmed offline (phone, letter), and how. */
  void confirmOffline(String officer, String reason, Instant now) {
    requirePending();
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "site.requests.offline.reason");
    }
    confirm(officer, reason.trim(), now);
  }

  private void confirm(String by, String note, Instant now) {
    this.confirmedAt = now;
    this.confirmedBy = by;
    this.confirmationNote = note;
    this.declinedAt = null;
  }

  private void requirePending() {
    if (status != AccountRequestStatus.PENDING) {
      throw new StateConflict("account-request.decided", id, status);
    }
  }

  private void decide(AccountRequestStatus outcome, String officer, String note, Instant now) {
    requirePending();
    this.status = outcome;
    this.decidedBy = officer;
    this.decidedAt = now;
    this.decisionNote = note == null ? "" : note.trim();
  }

  FactoryDetails factory() {
    return new FactoryDetails(
        brNumber,
        nameEn,
        nameZh,
        hkOwned,
        city,
        sector,
        null,
        address,
        contactPerson,
        contactPhone,
        contactEmail,
        null);
  }

  AccountRequestView view() {
    return view(null, false);
  }

  /** As officers see it: with the registered factory it names (null if new) and clashes. */
  AccountRequestView view(RegisteredFactory registered, boolean usernameTaken) {
    return new AccountRequestView(
        id,
        brNumber,
        nameEn,
        nameZh,
        hkOwned,
        city,
        sector,
        address,
        contactPerson,
        contactPhone,
        contactEmail,
        username,
        status,
        decidedBy,
        decidedAt,
        decisionNote,
        submittedAt,
        registered,
        usernameTaken,
        new AccountRequestView.Confirmation(
            confirmationSentTo,
            confirmationSentAt,
            confirmedAt,
            confirmedBy,
            confirmationNote,
            declinedAt));
  }

  /** What the registered contact sees behind the mailed link: who asks, for which factory. */
  ContactConfirmationView confirmationView() {
    return new ContactConfirmationView(
        brNumber,
        contactPerson,
        contactEmail,
        status == AccountRequestStatus.PENDING,
        confirmedAt != null,
        declinedAt != null);
  }

  /** The details the requester gave about the factory, kept when the register's differ. */
  java.util.Map<String, Object> requestedDetails() {
    java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
    details.put("nameEn", nameEn);
    details.put("nameZh", nameZh == null ? "" : nameZh);
    details.put("address", address);
    details.put("contactPerson", contactPerson);
    details.put("contactPhone", contactPhone);
    details.put("contactEmail", contactEmail);
    return details;
  }

  Long id() {
    return id;
  }

  String brNumber() {
    return brNumber;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  String contactPerson() {
    return contactPerson;
  }

  String contactEmail() {
    return contactEmail;
  }

  String contactPhone() {
    return contactPhone;
  }
}
