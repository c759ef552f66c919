package org.cppp.factory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cppp.factory.FactoryView;
import org.cppp.factory.Sector;
import org.springframework.context.MessageSource;

/** A factory as the API shows it; ineligibility reasons in the caller's language. */
record FactoryResource(
    String brNumber,
    String nameEn,
    String nameZh,
    boolean hkOwned,
    String city,
    Sector sector,
    LocalDate registeredOn,
    String address,
    String contactPerson,
    String contactPhone,
    String contactEmail,
    boolean eligible,
    List<String> ineligibilityReasons,
    long version) {

  static FactoryResource of(FactoryView f, MessageSource messages, Locale locale) {
    return new FactoryResource(
        f.brNumber(),
        f.nameEn(),
        f.nameZh(),
        f.hkOwned(),
        f.city(),
        f.sector(),
        f.registeredOn(),
        f.address(),
        f.contactPerson(),
        f.contactPhone(),
        f.contactEmail(),
        f.eligible(),
        f.ineligibilityReasons().stream()
            .map(r -> messages.getMessage(r.messageKey(), new Object[] {r.value()}, locale))
            .toList(),
        f.version());
  }
}
