package org.cppp.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.HistoricalApplication;
import org.cppp.application.HistoricalApplications;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.funding.Scheme;
import org.cppp.outreach.Activities;
import org.cppp.outreach.ActivityCommand;
import org.cppp.outreach.ActivityType;
import org.cppp.outreach.GuidebookCommand;
import org.cppp.outreach.GuidebookKind;
import org.cppp.outreach.GuidebookStatus;
import org.cppp.outreach.Publications;
import org.cppp.platform.SystemActor;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.Providers;
import org.cppp.provider.Specialism;
import org.cppp.recognition.CycleAction;
import org.cppp.recognition.NewCycle;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.recognition.RecognitionNominations;
import org.cppp.shared.TechnologyCategory;
import org.springframework.context.ApplicationContext;

/**
 * A small programme in the financial year 2034/35, far from every other test's data, built once
 * through the other modules' facades: four approvals in the year (one later withdrawn), one after
 * the year's end, two providers joining and one removed, activities, a guidebook and a recognition
 * cycle.
 */
final class ReportFixtures {

  static final int YEAR = 2034;
  static final LocalDate MID_YEAR = LocalDate.of(2034, 8, 31);

  /** Per application context, as each context has its own database. */
  private static final java.util.Map<ApplicationContext, String> BUILT =
      new java.util.WeakHashMap<>();

  private String withdrawable;

  private final ApplicationContext context;
  private HistoricalApplications history;
  private Factories factories;
  private Providers providers;
  private Activities activities;
  private Publications publications;
  private RecognitionCycles cycles;
  private RecognitionNominations nominations;

  ReportFixtures(ApplicationContext context) {
    this.context = context;
  }

  /**
   * Builds the programme once in the shared database; returns the reference of an approval (a
   * demonstration project decided on 2034-09-01) that a test may withdraw.
   */
  String programme() {
    synchronized (BUILT) {
      if (!BUILT.containsKey(context)) {
        history = context.getBean(HistoricalApplications.class);
        factories = context.getBean(Factories.class);
        providers = context.getBean(Providers.class);
        activities = context.getBean(Activities.class);
        publications = context.getBean(Publications.class);
        cycles = context.getBean(RecognitionCycles.class);
        nominations = context.getBean(RecognitionNominations.class);
        SystemActor.run(this::build);
        BUILT.put(context, withdrawable);
      }
      return BUILT.get(context);
    }
  }

  private void build() {
    String metal = factory(Sector.METAL_AND_METAL_PRODUCTS);
    String textiles = factory(Sector.TEXTILES);
    record(metal, Scheme.ON_SITE_ASSESSMENT, ApplicationStatus.APPROVED, "2034-05-10", null);
    record(
        textiles,
        Scheme.DEMONSTRATION_PROJECT,
        ApplicationStatus.APPROVED,
        "2034-07-01",
        TechnologyCategory.ENERGY_SAVING);
    withdrawable =
        record(
            metal,
            Scheme.DEMONSTRATION_PROJECT,
            ApplicationStatus.APPROVED,
            "2034-09-01",
            TechnologyCategory.VOC_REDUCTION);
    record(textiles, Scheme.VERIFICATION, ApplicationStatus.COMPLETED, "2035-02-01", null);
    record(metal, Scheme.VERIFICATION, ApplicationStatus.APPROVED, "2035-04-15", null);

    provider(LocalDate.of(2034, 5, 1));
    String leaving = provider(LocalDate.of(2034, 6, 1));
    providers.remove(leaving, LocalDate.of(2034, 10, 1), "no longer meets the criterion");

    activity(ActivityType.SEMINAR, LocalDate.of(2034, 6, 5), 40, null);
    activity(ActivityType.WORKSHOP, LocalDate.of(2034, 11, 5), 25, null);
    activity(ActivityType.EXHIBITION, LocalDate.of(2034, 12, 5), null, 300);
    activity(ActivityType.SEMINAR, LocalDate.of(2035, 6, 5), 99, null);
    publications.create(
        new GuidebookCommand(
            "Guide 2034",
            "指南",
            "指南",
            GuidebookKind.INDUSTRY,
            "printing",
            GuidebookStatus.PUBLISHED,
            LocalDate.of(2034, 9, 1)));

    cycles.create(
        new NewCycle(
            YEAR,
            "Partners " + YEAR,
            LocalDate.of(YEAR, 5, 1),
            LocalDate.of(YEAR, 7, 31),
            List.of(),
            List.of()));
    cycles.transition(YEAR, CycleAction.OPEN);
    nominations.addRecognised(
        YEAR,
        "Alpha Co., Ltd, MANUFACTURING_ENTERPRISE\nBeta Ltd, MANUFACTURING_ENTERPRISE\n"
            + "Gamma Ltd, SOURCING_ENTERPRISE");
  }

  private String record(
      String br, Scheme scheme, ApplicationStatus status, String decided, TechnologyCategory t) {
    String reference = "R-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate on = LocalDate.parse(decided);
    history.record(
        new HistoricalApplication(
            reference,
            scheme,
            br,
            null,
            new BigDecimal("20000.00"),
            on.minusMonths(1),
            status,
            on,
            t,
            "Report test"));
    return reference;
  }

  private String factory(Sector sector) {
    String br = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    factories.register(
        new FactoryDetails(
            br,
            "Report Factory " + br,
            "報告工廠",
            true,
            "DONGGUAN",
            sector,
            LocalDate.of(2009, 1, 1),
            "1 Report Road, Dongguan",
            "Ms Report",
            "+852 2000 0000",
            "factory-" + br + "@example.com",
            null));
    return br;
  }

  private String provider(LocalDate joined) {
    String code = "R" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    providers.register(
        new ProviderDetails(
            code,
            "Report Provider " + code,
            null,
            ProviderBase.HONG_KONG,
            Set.of(Specialism.ENERGY_SAVING),
            "Ms Report",
            "+852 3000 0000",
            code.toLowerCase() + "@example.com",
            joined,
            null,
            null));
    return code;
  }

  private void activity(ActivityType type, LocalDate on, Integer participants, Integer visitors) {
    activities.create(
        new ActivityCommand(
            type,
            "Report " + type + " " + UUID.randomUUID(),
            "活動",
            null,
            on,
            null,
            "SHENZHEN",
            "Venue",
            List.of(),
            null,
            false,
            false,
            participants,
            visitors,
            null));
  }
}
