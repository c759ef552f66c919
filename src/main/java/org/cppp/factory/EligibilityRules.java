package org.cppp.factory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A versioned set of eligibility rules: from {@code effectiveFrom} a factory is eligible when it is
 * Hong Kong-owned, in one of {@code cities} and in one of {@code sectors}. Also the command for
 * adding a rule set.
 */
public record EligibilityRules(
    @NotBlank @Size(max = 120) String name,
    @NotNull LocalDate effectiveFrom,
    @NotEmpty Set<String> cities,
    @NotEmpty Set<Sector> sectors) {

  public EligibilityRules {
    cities = cities == null ? Set.of() : Set.copyOf(new TreeSet<>(cities));
    sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
  }

  /** The rule set in force on a date: the latest one whose effective date is not after it. */
  public static Optional<EligibilityRules> inForce(
      Collection<EligibilityRules> ruleSets, LocalDate on) {
    return ruleSets.stream()
        .filter(r -> !r.effectiveFrom().isAfter(on))
        .max(Comparator.comparing(EligibilityRules::effectiveFrom));
  }

  /** Evaluates a factory against these rules; lists every criterion it fails. */
  public Eligibility evaluate(boolean hkOwned, String city, Sector sector) {
    List<IneligibilityReason> reasons = new ArrayList<>();
    if (!hkOwned) {
      reasons.add(new IneligibilityReason(IneligibilityReason.Kind.NOT_HK_OWNED, null));
    }
    if (!cities.contains(city)) {
      reasons.add(new IneligibilityReason(IneligibilityReason.Kind.CITY_NOT_ELIGIBLE, city));
    }
    if (!sectors.contains(sector)) {
      reasons.add(
          new IneligibilityReason(
              IneligibilityReason.Kind.SECTOR_NOT_TARGET, sector == null ? null : sector.name()));
    }
    return new Eligibility(reasons.isEmpty(), reasons, name, effectiveFrom);
  }

  /** Evaluates a factory with the rule set in force on a date (ineligible when there is none). */
  public static Eligibility evaluate(
      Collection<EligibilityRules> ruleSets,
      LocalDate on,
      boolean hkOwned,
      String city,
      Sector sector) {
    return inForce(ruleSets, on)
        .map(rules -> rules.evaluate(hkOwned, city, sector))
        .orElseGet(
            () ->
                new Eligibility(
                    false,
                    List.of(
                        new IneligibilityReason(
                            IneligibilityReason.Kind.NO_RULE_SET, on.toString())),
                    null,
                    null));
  }
}
