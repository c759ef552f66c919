package org.cppp.committee.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cppp.committee.MemberView;
import org.cppp.committee.NewMember;
import org.cppp.committee.Position;
import org.springframework.format.annotation.DateTimeFormat;

/** The appoint / change membership form; links are comma-separated keys. */
class MemberForm {

  private String username;
  private String organisationCode;
  private Position position = Position.MEMBER;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate termFrom;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate termTo;

  private String linkedFactories = "";
  private String linkedProviders = "";

  static MemberForm of(MemberView m) {
    MemberForm form = new MemberForm();
    form.username = m.username();
    form.organisationCode = m.organisationCode();
    form.position = m.position();
    form.termFrom = m.termFrom();
    form.termTo = m.termTo();
    form.linkedFactories = String.join(", ", m.linkedFactories());
    form.linkedProviders = String.join(", ", m.linkedProviders());
    return form;
  }

  NewMember toNewMember() {
    return new NewMember(
        username,
        organisationCode,
        position,
        termFrom,
        termTo,
        split(linkedFactories),
        split(linkedProviders));
  }

  private static List<String> split(String keys) {
    return keys == null ? List.of() : Arrays.asList(keys.split("[,\\s]+"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getOrganisationCode() {
    return organisationCode;
  }

  public void setOrganisationCode(String organisationCode) {
    this.organisationCode = organisationCode;
  }

  public Position getPosition() {
    return position;
  }

  public void setPosition(Position position) {
    this.position = position;
  }

  public LocalDate getTermFrom() {
    return termFrom;
  }

  public void setTermFrom(LocalDate termFrom) {
    this.termFrom = termFrom;
  }

  public LocalDate getTermTo() {
    return termTo;
  }

  public void setTermTo(LocalDate termTo) {
    this.termTo = termTo;
  }

  public String getLinkedFactories() {
    return linkedFactories;
  }

  public void setLinkedFactories(String linkedFactories) {
    this.linkedFactories = linkedFactories;
  }

  public String getLinkedProviders() {
    return linkedProviders;
  }

  public void setLinkedProviders(String linkedProviders) {
    this.linkedProviders = linkedProviders;
  }
}
