package org.cppp.factory;

import java.time.LocalDate;
import java.util.Locale;
import org.cppp.shared.RuleViolation;

/** Turns submitted details into a clean profile and classification, or refuses them. */
final class FactoryInput {

  private FactoryInput() {}

  static String newBrNumber(String text) {
    String br = BrNumbers.clean(text);
    if (br == null) {
      throw new RuleViolation("brNumber", "factory.brNumber.required");
    }
    if (!BrNumbers.valid(br)) {
      throw new RuleViolation("brNumber", "factory.brNumber.format");
    }
    return br;
  }

  static Factory.Profile profile(FactoryDetails d) {
    String nameEn = clean(d.nameEn());
    if (nameEn == null) {
      throw new RuleViolation("nameEn", "factory.nameEn.required");
    }
    String address = clean(d.address());
    if (address == null) {
      throw new RuleViolation("address", "factory.address.required");
    }
    return new Factory.Profile(
        nameEn,
        clean(d.nameZh()),
        address,
        clean(d.contactPerson()),
        clean(d.contactPhone()),
        clean(d.contactEmail()));
  }

  static Factory.Classification classification(
      FactoryDetails d, Cities cities, LocalDate defaultDate) {
    if (d.hkOwned() == null) {
      throw new RuleViolation("hkOwned", "factory.hkOwned.required");
    }
    String city = clean(d.city());
    if (city == null) {
      throw new RuleViolation("city", "factory.city.required");
    }
    city = city.toUpperCase(Locale.ROOT);
    if (!cities.existsById(city)) {
      throw new RuleViolation("city", "factory.city.unknown", city);
    }
    if (d.sector() == null) {
      throw new RuleViolation("sector", "factory.sector.required");
    }
    LocalDate registeredOn = d.registeredOn() == null ? defaultDate : d.registeredOn();
    return new Factory.Classification(d.hkOwned(), city, d.sector(), registeredOn);
  }

  /** The first field an owner tried to change that only officers may change, or null. */
  static String officerOnlyChange(Factory.Classification before, Factory.Classification after) {
    if (before.hkOwned() != after.hkOwned()) {
      return "hkOwned";
    }
    if (!before.city().equals(after.city())) {
      return "city";
    }
    if (before.sector() != after.sector()) {
      return "sector";
    }
    return before.registeredOn().equals(after.registeredOn()) ? null : "registeredOn";
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
