package org.cppp.factory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A factory as the register shows it, with its eligibility today. */
public record FactoryView(
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
    List<IneligibilityReason> ineligibilityReasons,
    long version) {

  public FactoryView {
    ineligibilityReasons = List.copyOf(ineligibilityReasons);
  }

  /** The BR number of the factory this one was merged into, if it was (kept for its history). */
  public Optional<String> mergedInto() {
    return ineligibilityReasons.stream()
        .filter(r -> r.kind() == IneligibilityReason.Kind.MERGED)
        .map(IneligibilityReason::value)
        .findFirst();
  }

  /** The details as they are now, e.g. to start an edit from. */
  public FactoryDetails details() {
    return new FactoryDetails(
        brNumber,
        nameEn,
        nameZh,
        hkOwned,
        city,
        sector,
        registeredOn,
        address,
        contactPerson,
        contactPhone,
        contactEmail,
        version);
  }

  public FactorySummary summary() {
    return new FactorySummary(brNumber, nameEn, nameZh, sector, city, eligible);
  }
}
