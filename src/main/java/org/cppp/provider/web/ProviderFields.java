package org.cppp.provider.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.Specialism;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a provider's register data and its application to join share, as typed: details, contact,
 * base and GDEIC registration ({@link ProviderForm}, {@link ProviderApplicationForm}).
 */
public abstract class ProviderFields {

  private String name;
  private String nameZh;
  private ProviderBase base;
  private Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
  private String contactPerson;
  private String contactPhone;
  private String contactEmail;
  private String gdeicRegistrationNo;

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate gdeicValidUntil;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public ProviderBase getBase() {
    return base;
  }

  public void setBase(ProviderBase base) {
    this.base = base;
  }

  public Set<Specialism> getSpecialisms() {
    return specialisms;
  }

  public void setSpecialisms(Set<Specialism> specialisms) {
    this.specialisms = specialisms == null ? EnumSet.noneOf(Specialism.class) : specialisms;
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
    this.contactEmail = contactEmail == null ? null : contactEmail.trim();
  }

  public String getGdeicRegistrationNo() {
    return gdeicRegistrationNo;
  }

  public void setGdeicRegistrationNo(String gdeicRegistrationNo) {
    this.gdeicRegistrationNo = gdeicRegistrationNo;
  }

  public LocalDate getGdeicValidUntil() {
    return gdeicValidUntil;
  }

  public void setGdeicValidUntil(LocalDate gdeicValidUntil) {
    this.gdeicValidUntil = gdeicValidUntil;
  }
}
