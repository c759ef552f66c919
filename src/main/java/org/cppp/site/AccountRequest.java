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
import java.time.Instant;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
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

  @Version private long version;

  protected AccountRequest() {}

  AccountRequest(NewAccountRequest request, String passwordHash) {
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
    this.submittedAt = Instant.now();
  }

  void approve(String officer, String note) {
    decide(AccountRequestStatus.APPROVED, officer, note);
  }

  void reject(String officer, String reason) {
    decide(AccountRequestStatus.REJECTED, officer, reason);
  }

  private void decide(AccountRequestStatus outcome, String officer, String note) {
    if (status != AccountRequestStatus.PENDING) {
      throw new StateConflict("account-request.decided", id, status);
    }
    this.status = outcome;
    this.decidedBy = officer;
    this.decidedAt = Instant.now();
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
        submittedAt);
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
}
