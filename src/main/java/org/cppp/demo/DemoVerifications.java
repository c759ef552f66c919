package org.cppp.demo;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplication;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.IpmvpOption;
import org.cppp.verification.LegacyResults;
import org.cppp.verification.NewCase;
import org.cppp.verification.Period;
import org.cppp.verification.Region;
import org.cppp.verification.VerificationCases;
import org.springframework.stereotype.Component;

/**
 * Verified results for a bounded sample of the demo's completed work ({@value #PER_GROUP}
 * demonstration projects per technology in each of the two largest sectors, and {@value
 * #VERIFICATIONS} verifications in the largest, the demo applicant's among them): the officer opens
 * each case and enters a year's baseline and the reporting period's monthly readings, submits, and
 * QA signs it on the day it was signed then (a demonstration project 20 days after its first year
 * in use; a verification on completion); {@link DemoLegacyResults} records the other completed
 * demonstration projects' results. So the reports, the dashboard and the CP Toolbox have outcomes;
 * all through the verification facades.
 */
@Component
class DemoVerifications {

  static final int PER_GROUP = 3;
  static final int VERIFICATIONS = 8;
  static final List<Sector> SECTORS = List.of(Sector.METAL_AND_METAL_PRODUCTS, Sector.TEXTILES);

  private final VerificationCases cases;
  private final LegacyResults results;
  private final FundingApplications applications;
  private final DemoUsers users;
  private final Clock clock;

  DemoVerifications(
      VerificationCases cases,
      LegacyResults results,
      FundingApplications applications,
      DemoUsers users,
      Clock clock) {
    this.cases = cases;
    this.results = results;
    this.applications = applications;
    this.users = users;
    this.clock = clock;
  }

  /** Verifies the sample; returns how many cases were signed. */
  int seed(List<HistoricalApplication> decided, Map<String, Sector> sectors) {
    DemoReadings readings = new DemoReadings(new Random(2012));
    LocalDate today = LocalDate.now(clock);
    int signed = 0;
    for (HistoricalApplication h : sample(decided, sectors)) {
      ApplicationView a = users.as(DemoAccounts.OFFICER, () -> applications.get(h.reference()));
      boolean project = Scheme.DEMONSTRATION_PROJECT.equals(a.scheme());
      TechnologyCategory technology = project ? a.technology() : technologyOf(a.title());
      Period reporting =
          project ? firstYearAfter(a.completedOn()) : halfYearBefore(a.completedOn());
      Period baseline =
          project ? yearBefore(a.decidedOn()) : yearBefore(reporting.from().minusMonths(2));
      LocalDate signedOn = project ? reporting.to().plusDays(20) : a.completedOn();
      if (signedOn.isAfter(today)) {
        continue;
      }
      String table = readings.table(technology, baseline, reporting);
      long id = open(DemoAccounts.OFFICER, caseOf(a, technology, baseline, reporting), table);
      users.as("qa", () -> results.signedOn(id, signedOn));
      signed++;
    }
    return signed;
  }

  /** {@code user} opens the case, enters the readings and submits it for QA's review. */
  long open(String user, NewCase input, String table) {
    return users.as(
        user,
        () -> {
          long id = cases.open(input).id();
          cases.replaceReadings(id, new StringReader(table), ',');
          cases.submit(id);
          return id;
        });
  }

  /** The case a demo application's result is verified by: production the one variable. */
  static NewCase caseOf(
      ApplicationView a, TechnologyCategory technology, Period baseline, Period reporting) {
    return new NewCase(
        a.reference(),
        technology == TechnologyCategory.ENERGY_SAVING ? IpmvpOption.B : IpmvpOption.C,
        boundary(technology),
        Region.GUANGDONG,
        List.of("production_t"),
        baseline,
        reporting,
        null,
        List.of(
            new NewCase.MeasureInput(
                technology, a.title(), Titles.TECHNOLOGY_CODES.get(a.title()))));
  }

  /** Which completed work is verified: bounded, deterministic, spread over the years. */
  static List<HistoricalApplication> sample(
      List<HistoricalApplication> decided, Map<String, Sector> sectors) {
    Set<HistoricalApplication> chosen = new LinkedHashSet<>();
    for (Sector sector : SECTORS) {
      for (TechnologyCategory technology : TechnologyCategory.values()) {
        chosen.addAll(
            spread(
                completed(decided, sectors, Scheme.DEMONSTRATION_PROJECT, sector).stream()
                    .filter(h -> h.technology() == technology)
                    .toList(),
                PER_GROUP));
      }
    }
    List<HistoricalApplication> verifications =
        completed(decided, sectors, Scheme.VERIFICATION, SECTORS.get(0));
    verifications.stream()
        .filter(h -> h.factoryBr().equals(DemoFactories.APPLICANT_BR))
        .findFirst()
        .ifPresent(chosen::add);
    chosen.addAll(spread(verifications, VERIFICATIONS - 1));
    return List.copyOf(chosen);
  }

  private static List<HistoricalApplication> completed(
      List<HistoricalApplication> decided, Map<String, Sector> sectors, Scheme scheme, Sector s) {
    return decided.stream()
        .filter(h -> scheme.equals(h.scheme()) && h.status() == ApplicationStatus.COMPLETED)
        .filter(h -> sectors.get(h.factoryBr()) == s)
        .sorted(Comparator.comparing(HistoricalApplication::decidedOn))
        .toList();
  }

  /** {@code n} of the list, evenly spaced from its first to its last. */
  private static List<HistoricalApplication> spread(List<HistoricalApplication> all, int n) {
    if (all.size() <= n) {
      return all;
    }
    List<HistoricalApplication> picked = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      picked.add(all.get(i * (all.size() - 1) / (n - 1)));
    }
    return picked;
  }

  /** The twelve calendar months before the month of a date. */
  static Period yearBefore(LocalDate date) {
    LocalDate to = date.withDayOfMonth(1).minusDays(1);
    return new Period(to.withDayOfMonth(1).minusMonths(11), to);
  }

  /** The twelve calendar months after the month of a date. */
  static Period firstYearAfter(LocalDate date) {
    LocalDate from = date.withDayOfMonth(1).plusMonths(1);
    return new Period(from, from.plusMonths(12).minusDays(1));
  }

  /** The six calendar months before the month of a date. */
  private static Period halfYearBefore(LocalDate date) {
    LocalDate to = date.withDayOfMonth(1).minusDays(1);
    return new Period(to.withDayOfMonth(1).minusMonths(5), to);
  }

  private static TechnologyCategory technologyOf(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.contains("rinse water")) {
      return TechnologyCategory.EFFLUENT_REDUCTION;
    }
    if (t.contains("voc")) {
      return TechnologyCategory.VOC_REDUCTION;
    }
    return t.contains("boiler")
        ? TechnologyCategory.AIR_POLLUTANT_REDUCTION
        : TechnologyCategory.ENERGY_SAVING;
  }

  private static String boundary(TechnologyCategory technology) {
    return switch (technology) {
      case ENERGY_SAVING -> "The retrofitted machines' sub-meter (production line electricity)";
      case VOC_REDUCTION -> "Spray coating line: solvent issued from store, line sub-meter";
      case AIR_POLLUTANT_REDUCTION -> "Boiler house: diesel delivered to the day tank";
      case EFFLUENT_REDUCTION -> "Rinse lines: effluent flow meter and town water meter";
    };
  }
}
