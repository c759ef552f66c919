package org.cppp.outreach.web;

import org.cppp.identity.Language;
import org.cppp.outreach.EnquiryChannel;
import org.cppp.outreach.EnquiryCommand;

/** The officers' hotline log form, as typed. */
public class EnquiryLogForm {

  private EnquiryChannel channel = EnquiryChannel.PHONE;
  private String topic;
  private String name;
  private String company;
  private String email;
  private String phone;
  private String factoryBr;
  private String question;
  private Language language = Language.EN;

  EnquiryCommand toCommand() {
    return new EnquiryCommand(
        channel,
        topic,
        name,
        company,
        blank(email),
        blank(phone),
        blank(factoryBr),
        question,
        null,
        language);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public EnquiryChannel getChannel() {
    return channel;
  }

  public void setChannel(EnquiryChannel channel) {
    this.channel = channel;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
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

  public String getFactoryBr() {
    return factoryBr;
  }

  public void setFactoryBr(String factoryBr) {
    this.factoryBr = factoryBr;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
