package org.cppp.factory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A registered factory. Its BR number is its identity and never changes; its profile (names,
 * address, contact) may be kept up to date by its owner, its classification (ownership, city,
 * sector, registration date) only by programme officers.
 */
@Entity
@Table(name = "factory")
class Factory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "br_number", updatable = false)
  private String brNumber;

  @Column(name = "name_en")
  private String nameEn;

  @Column(name = "name_zh")
  private String nameZh;

  @Column(name = "hk_owned")
  private boolean hkOwned;

  @Column(name = "city_code")
  private String city;

  private String address;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  @Column(name = "contact_person")
  private String contactPerson;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "registered_on")
  private LocalDate registeredOn;

  /** The factory this one was merged into (set by {@link DuplicateFlags#retire}), or null. */
  @Column(name = "merged_into", insertable = false, updatable = false)
  private String mergedInto;

  @Version private long version;

  protected Factory() {}

  Factory(String brNumber, Profile profile, Classification classification) {
    if (!BrNumbers.valid(brNumber)) {
      throw new IllegalArgumentException("not a BR number: " + brNumber);
    }
    this.brNumber = brNumber;
    changeProfile(profile);
    reclassify(classification);
  }

  void changeProfile(Profile profile) {
    this.nameEn = Objects.requireNonNull(profile.nameEn());
    this.nameZh = profile.nameZh();
    this.address = Objects.requireNonNull(profile.address());
    this.contactPerson = profile.contactPerson();
    this.contactPhone = profile.contactPhone();
    this.contactEmail = profile.contactEmail();
  }

  void reclassify(Classification classification) {
    this.hkOwned = classification.hkOwned();
    this.city = Objects.requireNonNull(classification.city());
    this.sector = Objects.requireNonNull(classification.sector());
    this.registeredOn = Objects.requireNonNull(classification.registeredOn());
  }

  Profile profile() {
    return new Profile(nameEn, nameZh, address, contactPerson, contactPhone, contactEmail);
  }

  /** The BR number of the factory this one was merged into, or {@code null} while it is live. */
  String mergedInto() {
    return mergedInto;
  }

  Classification classification() {
    return new Classification(hkOwned, city, sector, registeredOn);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("brNumber", brNumber);
    values.put("nameEn", nameEn);
    values.put("nameZh", nameZh);
    values.put("hkOwned", hkOwned);
    values.put("city", city);
    values.put("sector", sector.name());
    values.put("registeredOn", registeredOn.toString());
    values.put("address", address);
    values.put("contactPerson", contactPerson);
    values.put("contactPhone", contactPhone);
    values.put("contactEmail", contactEmail);
    return values;
  }

  FactoryView view(Eligibility eligibility) {
    return new FactoryView(
        brNumber,
        nameEn,
        nameZh,
        hkOwned,
        city,
        sector,
        registeredOn,
        address,
        contactPerson,
        contactPhone,
        contactEmail,
        eligibility.eligible(),
        eligibility.reasons(),
        version);
  }

  String brNumber() {
    return brNumber;
  }

  Long id() {
    return id;
  }

  /** Linked to a Hong Kong business: from now on it counts as Hong Kong-owned. */
  void linkedToHongKongBusiness() {
    this.hkOwned = true;
  }

  /** Unlinked from its Hong Kong business: no longer Hong Kong-owned until linked again. */
  void unlinkedFromHongKongBusiness() {
    this.hkOwned = false;
  }

  long version() {
    return version;
  }

  /** What the factory's owner may keep up to date. */
  record Profile(
      String nameEn,
      String nameZh,
      String address,
      String contactPerson,
      String contactPhone,
      String contactEmail) {}

  /** What decides eligibility; only programme officers change it. */
  record Classification(boolean hkOwned, String city, Sector sector, LocalDate registeredOn) {}
}
