package org.cppp.factory.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.cppp.factory.EligibilityRules;
import org.cppp.factory.Sector;
import org.springframework.format.annotation.DateTimeFormat;

/** The new rule set form's fields, as typed. */
public class RulesForm {

  private String name;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate effectiveFrom;

  private Set<String> cities = new TreeSet<>();
  private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

  EligibilityRules toRules() {
    return new EligibilityRules(name, effectiveFrom, cities, sectors);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public Set<String> getCities() {
    return cities;
  }

  public void setCities(Set<String> cities) {
    this.cities = cities == null ? new TreeSet<>() : cities;
  }

  public Set<Sector> getSectors() {
    return sectors;
  }

  public void setSectors(Set<Sector> sectors) {
    this.sectors = sectors == null ? EnumSet.noneOf(Sector.class) : sectors;
  }
}
