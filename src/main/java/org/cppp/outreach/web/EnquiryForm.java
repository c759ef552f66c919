package org.cppp.outreach.web;

import org.cppp.outreach.PublicEnquiry;

/** The public enquiry form; {@code website} is a honeypot that people never see or fill. */
public class EnquiryForm {

  private String name;
  private String company;
  private String email;
  private String phone;
  private String topic;
  private String message;
  private String website;

  PublicEnquiry toEnquiry() {
    return new PublicEnquiry(name, company, blankToNull(email), blankToNull(phone), topic, message);
  }

  boolean looksLikeABot() {
    return website != null && !website.isBlank();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
