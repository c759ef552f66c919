package org.cppp.provider.web;

import java.time.LocalDate;
import java.util.EnumSet;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.ProviderView;
import org.cppp.provider.Specialism;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The register/edit form's fields, as typed. */
public class ProviderForm extends ProviderFields {

  private String code;

  @DateTimeFormat(iso = ISO.DATE)
  private LocalDate joinedOn;

  static ProviderForm of(ProviderView p) {
    ProviderForm form = new ProviderForm();
    form.code = p.code();
    form.setName(p.name());
    form.setNameZh(p.nameZh());
    form.setBase(p.base());
    form.setSpecialisms(
        p.specialisms().isEmpty()
            ? EnumSet.noneOf(Specialism.class)
            : EnumSet.copyOf(p.specialisms()));
    form.setContactPerson(p.contactPerson());
    form.setContactPhone(p.contactPhone());
    form.setContactEmail(p.contactEmail());
    form.joinedOn = p.joinedOn();
    form.setGdeicRegistrationNo(p.gdeicRegistrationNo());
    form.setGdeicValidUntil(p.gdeicValidUntil());
    return form;
  }

  ProviderDetails toDetails() {
    return new ProviderDetails(
        code,
        getName(),
        getNameZh(),
        getBase(),
        getSpecialisms(),
        getContactPerson(),
        getContactPhone(),
        getContactEmail(),
        joinedOn,
        getGdeicRegistrationNo(),
        getGdeicValidUntil());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null || code.isBlank() ? null : code.trim();
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(LocalDate joinedOn) {
    this.joinedOn = joinedOn;
  }
}
