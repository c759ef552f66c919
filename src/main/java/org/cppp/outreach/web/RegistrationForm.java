package org.cppp.outreach.web;

import org.cppp.outreach.NewRegistration;

/** The public registration form's fields, as typed. */
public class RegistrationForm {

  private String name;
  private String company;
  private String factoryBr;
  private String email;
  private String phone;

  NewRegistration toRegistration() {
    return new NewRegistration(name, company, factoryBr, email, phone);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getFactoryBr() {
    return factoryBr;
  }

  public void setFactoryBr(String factoryBr) {
    this.factoryBr = factoryBr == null ? null : factoryBr.trim();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? null : email.trim();
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
