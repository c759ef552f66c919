package org.cppp.provider.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.ProviderView;
import org.cppp.provider.Specialism;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The register/edit form's fields, as typed. */
public class ProviderForm {

  private String code;
  private String name;
  private String nameZh;
  private ProviderBase base;
  private Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
  private String contactPerson;
  private String contactPhone;
  private String contactEmail;

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate joinedOn;

  private String gdeicRegistrationNo;

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate gdeicValidUntil;

  static ProviderForm of(ProviderView p) {
    ProviderForm form = new ProviderForm();
    form.code = p.code();
    form.name = p.name();
    form.nameZh = p.nameZh();
    form.base = p.base();
    form.specialisms =
        p.specialisms().isEmpty()
            ? EnumSet.noneOf(Specialism.class)
            : EnumSet.copyOf(p.specialisms());
    form.contactPerson = p.contactPerson();
    form.contactPhone = p.contactPhone();
    form.contactEmail = p.contactEmail();
    form.joinedOn = p.joinedOn();
    form.gdeicRegistrationNo = p.gdeicRegistrationNo();
    form.gdeicValidUntil = p.gdeicValidUntil();
    return form;
  }

  ProviderDetails toDetails() {
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null || code.isBlank() ? null : code.trim();
  }

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

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(LocalDate joinedOn) {
    this.joinedOn = joinedOn;
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
