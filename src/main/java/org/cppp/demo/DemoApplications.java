package org.cppp.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.demo.DemoProviders.DemoProvider;
import org.cppp.factory.FactoryDetails;
import org.cppp.funding.Scheme;
import org.cppp.provider.Specialism;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.TechnologyCategory;

/**
 * Four years of decided applications: per scheme and year exactly the approvals of {@link
 * SeedFigures#APPROVED} (most since completed, a handful withdrawn later, two still open and
 * overdue, and one demonstration project of the demo applicant's, approved at the last meeting of
 * 2011/12, whose delivery {@link DemoDelivery} carries through in the system) and a few rejections,
 * each decided at a committee meeting, for a factory registered and a provider on the list when it
 * was submitted.
 */
final class DemoApplications {

  private static final long SEED = 20120716L;
  private static final List<Scheme> SCHEMES = Scheme.launchSchemes();
  private static final Map<Scheme, String> PREFIX =
      Map.of(
          Scheme.ON_SITE_ASSESSMENT,
          "OSA",
          Scheme.DEMONSTRATION_PROJECT,
          "DEM",
          Scheme.VERIFICATION,
          "VER");

  /** Every this many approvals, one was withdrawn after the report date. */
  private static final int WITHDRAWN_EVERY = 360;

  private final Random random = new Random(SEED);
  private final List<FactoryDetails> eligible;
  private final List<DemoProvider> providers;
  private final List<TechnologyCategory> technologies = new ArrayList<>();
  private final Set<String> assessed = new HashSet<>();
  private final List<Assessed> assessedInOrder = new ArrayList<>();
  private final Map<String, Integer> sequence = new java.util.HashMap<>();
  private final List<HistoricalApplication> applications = new ArrayList<>();
  private int approvals;

  private record Assessed(String br, LocalDate decidedOn) {}

  private DemoApplications(List<FactoryDetails> factories, List<DemoProvider> providers) {
    this.eligible =
        factories.stream()
            .filter(DemoFactories::eligible)
            .sorted(Comparator.comparing(FactoryDetails::registeredOn))
            .toList();
    this.providers = providers;
    SeedFigures.DEMONSTRATIONS_BY_TECHNOLOGY.forEach(
        (technology, n) -> technologies.addAll(Collections.nCopies(n, technology)));
    Collections.shuffle(technologies, random);
  }

  static List<HistoricalApplication> generate(
      List<FactoryDetails> factories, List<DemoProvider> providers) {
    return new DemoApplications(factories, providers).all();
  }

  /** The demonstration project whose delivery the demo carries through in the system. */
  static HistoricalApplication carried(List<HistoricalApplication> decided) {
    return decided.stream()
        .filter(h -> Scheme.DEMONSTRATION_PROJECT.equals(h.scheme()))
        .filter(h -> h.status() == ApplicationStatus.APPROVED)
        .filter(h -> h.factoryBr().equals(DemoFactories.APPLICANT_BR))
        .reduce((first, later) -> later) // the last recorded, should the other be the applicant's
        .orElseThrow();
  }

  private List<HistoricalApplication> all() {
    for (int y = 0; y < SeedFigures.YEARS.size(); y++) {
      FinancialYear year = SeedFigures.YEARS.get(y);
      List<LocalDate> meetings = SeedFigures.MEETINGS.get(year);
      for (int m = 0; m < meetings.size(); m++) {
        for (Scheme scheme : SCHEMES) {
          int approved = share(SeedFigures.APPROVED.get(scheme).get(y), m, meetings.size());
          int rejected = share(SeedFigures.REJECTED.get(scheme).get(y), m, meetings.size());
          for (int i = 0; i < approved + rejected; i++) {
            String pinned = i == 0 ? pinned(scheme, y, m) : null;
            boolean carried =
                Scheme.DEMONSTRATION_PROJECT.equals(scheme) && y == 3 && m == 3 && i == 1;
            add(
                scheme,
                year,
                meetings.get(m),
                i < approved,
                pinned,
                y == 3 && m == 3 && i == 0,
                carried);
          }
        }
      }
    }
    return applications;
  }

  /** The demo applicants' factories have some history too. */
  private static String pinned(Scheme scheme, int year, int meeting) {
    if (Scheme.ON_SITE_ASSESSMENT.equals(scheme) && year == 1 && meeting == 0) {
      return DemoFactories.APPLICANT_BR;
    }
    if (Scheme.VERIFICATION.equals(scheme) && year == 2 && meeting == 1) {
      return DemoFactories.APPLICANT_BR;
    }
    if (Scheme.ON_SITE_ASSESSMENT.equals(scheme) && year == 0 && meeting == 3) {
      return DemoFactories.APPLICANT2_BR;
    }
    return null;
  }

  /** The meeting's part of a year's count, spread evenly over the meetings. */
  private static int share(int total, int meeting, int meetings) {
    return total * (meeting + 1) / meetings - total * meeting / meetings;
  }

  private void add(
      Scheme scheme,
      FinancialYear year,
      LocalDate decidedOn,
      boolean approved,
      String pinnedBr,
      boolean stillOpen,
      boolean carried) {
    LocalDate submitted = decidedOn.minusDays(14 + random.nextInt(90));
    if (submitted.isBefore(SeedFigures.LAUNCH)) {
      submitted = SeedFigures.LAUNCH;
    }
    String br = pinnedBr != null ? pinnedBr : factoryFor(scheme, submitted);
    if (carried) {
      // drawn as any other (so the rest of the programme is as it was), then the demo applicant's
      br = DemoFactories.APPLICANT_BR;
    }
    TechnologyCategory technology = null;
    if (Scheme.DEMONSTRATION_PROJECT.equals(scheme)) {
      technology =
          approved
              ? technologies.remove(0)
              : Names.pick(random, List.of(TechnologyCategory.values()));
    }
    ApplicationStatus status = ApplicationStatus.REJECTED;
    if (approved) {
      approvals++;
      status =
          (stillOpen && !Scheme.VERIFICATION.equals(scheme)) || carried
              ? ApplicationStatus.APPROVED
              : approvals % WITHDRAWN_EVERY == WITHDRAWN_EVERY / 2
                  ? ApplicationStatus.WITHDRAWN
                  : ApplicationStatus.COMPLETED;
      if (Scheme.ON_SITE_ASSESSMENT.equals(scheme) && assessed.add(br)) {
        assessedInOrder.add(new Assessed(br, decidedOn));
      }
    }
    applications.add(
        new HistoricalApplication(
            reference(scheme, year),
            scheme,
            br,
            Scheme.VERIFICATION.equals(scheme) ? null : providerFor(technology, submitted),
            cost(scheme),
            submitted,
            status,
            decidedOn,
            technology,
            title(scheme, technology)));
  }

  /**
   * An eligible factory registered by the submission date: for an assessment preferably one not yet
   * assessed; for a demonstration or verification preferably one assessed before.
   */
  private String factoryFor(Scheme scheme, LocalDate submitted) {
    int registered = 0;
    while (registered < eligible.size()
        && !eligible.get(registered).registeredOn().isAfter(submitted)) {
      registered++;
    }
    if (Scheme.ON_SITE_ASSESSMENT.equals(scheme)) {
      for (int attempt = 0; attempt < 25; attempt++) {
        String br = eligible.get(random.nextInt(registered)).brNumber();
        if (!assessed.contains(br)) {
          return br;
        }
      }
      return eligible.get(random.nextInt(registered)).brNumber();
    }
    int before = 0;
    while (before < assessedInOrder.size()
        && assessedInOrder.get(before).decidedOn().isBefore(submitted)) {
      before++;
    }
    return before > 0
        ? assessedInOrder.get(random.nextInt(before)).br()
        : eligible.get(random.nextInt(registered)).brNumber();
  }

  /** A provider on the list on the submission date; for a demonstration, one of its specialism. */
  private String providerFor(TechnologyCategory technology, LocalDate submitted) {
    List<DemoProvider> candidates =
        providers.stream().filter(p -> p.engageableOn(submitted)).toList();
    if (technology != null) {
      Specialism wanted = Specialism.valueOf(technology.name());
      List<DemoProvider> specialists =
          candidates.stream().filter(p -> p.details().specialisms().contains(wanted)).toList();
      candidates = specialists.isEmpty() ? candidates : specialists;
    }
    return Names.pick(random, candidates).code();
  }

  private BigDecimal cost(Scheme scheme) {
    long[] range = SeedFigures.COST_RANGE_HKD.get(scheme);
    long cents = range[0] * 100 + random.nextLong((range[1] - range[0]) * 100 + 1);
    return BigDecimal.valueOf(cents, 2);
  }

  private String title(Scheme scheme, TechnologyCategory technology) {
    if (Scheme.ON_SITE_ASSESSMENT.equals(scheme)) {
      return Names.pick(random, Titles.ASSESSMENTS);
    }
    if (Scheme.DEMONSTRATION_PROJECT.equals(scheme)) {
      return Names.pick(random, Titles.DEMONSTRATIONS.get(technology));
    }
    return Names.pick(random, Titles.VERIFICATIONS);
  }

  private String reference(Scheme scheme, FinancialYear year) {
    int from = year.startYear() % 100;
    String prefix = String.format("%s-%02d%02d-", PREFIX.get(scheme), from, (from + 1) % 100);
    return prefix + String.format("%04d", sequence.merge(prefix, 1, Integer::sum));
  }
}
