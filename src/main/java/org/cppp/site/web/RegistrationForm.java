package org.cppp.site.web;

import org.cppp.factory.Sector;
import org.cppp.site.NewAccountRequest;

/** The account request form as typed; {@code website} is a trap only robots fill in. */
public class RegistrationForm {

  private String brNumber;
  private String nameEn;
  private String nameZh;
  private Boolean hkOwned = Boolean.TRUE;
  private String city;
  private Sector sector;
  private String address;
  private String contactPerson;
  private String contactPhone;
  private String contactEmail;
  private String username;
  private String password;
  private String website;

  NewAccountRequest toCommand() {
    return new NewAccountRequest(
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
        password);
  }

  boolean isBlankTrap() {
    return website == null || website.isBlank();
  }

  public String getBrNumber() {
    return brNumber;
  }

  public void setBrNumber(String brNumber) {
    this.brNumber = brNumber;
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

  public Boolean getHkOwned() {
    return hkOwned;
  }

  public void setHkOwned(Boolean hkOwned) {
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

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
