package org.cppp.factory.web;

import java.time.LocalDate;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.FactoryView;
import org.cppp.factory.Sector;
import org.springframework.format.annotation.DateTimeFormat;

/** The factory form's fields, as typed. */
public class FactoryForm {

  private String brNumber;
  private String nameEn;
  private String nameZh;
  private boolean hkOwned = true;
  private String city;
  private Sector sector;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate registeredOn;

  private String address;
  private String contactPerson;
  private String contactPhone;
  private String contactEmail;
  private Long version;

  static FactoryForm of(FactoryView f) {
    FactoryForm form = new FactoryForm();
    form.brNumber = f.brNumber();
    form.nameEn = f.nameEn();
    form.nameZh = f.nameZh();
    form.hkOwned = f.hkOwned();
    form.city = f.city();
    form.sector = f.sector();
    form.registeredOn = f.registeredOn();
    form.address = f.address();
    form.contactPerson = f.contactPerson();
    form.contactPhone = f.contactPhone();
    form.contactEmail = f.contactEmail();
    form.version = f.version();
    return form;
  }

  FactoryDetails toDetails() {
    return new FactoryDetails(
        blank(brNumber),
        nameEn,
        blank(nameZh),
        hkOwned,
        city,
        sector,
        registeredOn,
        address,
        blank(contactPerson),
        blank(contactPhone),
        blank(contactEmail),
        version);
  }

  /** An owner's form does not carry what only officers change: keep the factory's values. */
  void keepClassificationOf(FactoryView current) {
    hkOwned = current.hkOwned();
    city = current.city();
    sector = current.sector();
    registeredOn = current.registeredOn();
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getBrNumber() {
    return brNumber;
  }

  public void setBrNumber(String brNumber) {
    this.brNumber = brNumber == null ? null : brNumber.strip();
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public boolean isHkOwned() {
    return hkOwned;
  }

  public void setHkOwned(boolean hkOwned) {
    this.hkOwned = hkOwned;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public void setRegisteredOn(LocalDate registeredOn) {
    this.registeredOn = registeredOn;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public void setContactPerson(String contactPerson) {
    this.contactPerson = contactPerson;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
