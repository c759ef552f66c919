package org.cppp.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.application.RepeatAssessments;
import org.cppp.application.RepeatClaim;
import org.cppp.factory.FactoryDetails;
import org.cppp.factory.Sector;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Initiative;
import org.cppp.funding.Scheme;
import org.cppp.platform.SystemActor;
import org.cppp.shared.TechnologyCategory;
import org.springframework.stereotype.Component;

/**
 * This year's applications, made through the normal workflow by the demo's officer and applicants
 * so the officer's queue and the next committee agenda have work: drafts, submitted, in screening
 * and ready for the committee (three of them from the demo applicant's neighbours in Dongguan),
 * under the phase in force today ({@link LaterPhases}): assessments, demonstration projects (i), a
 * DP(ii) of a Hong Kong workshop, a DP(i) of a Meizhou factory linked by a WFOE, and an
 * Organisation Support project of a trade association on the next agenda.
 */
@Component
class LiveApplications {

  record Live(
      String factoryBr, Scheme scheme, ApplicationStatus status, String actor, String title) {}

  private final FundingApplications applications;
  private final RepeatAssessments repeats;
  private final DemoUsers users;
  private final FundingRules rules;

  LiveApplications(
      FundingApplications applications,
      RepeatAssessments repeats,
      DemoUsers users,
      FundingRules rules) {
    this.rules = rules;
    this.applications = applications;
    this.repeats = repeats;
    this.users = users;
  }

  /** Creates the live applications; returns how many. */
  int create(List<Live> plan) {
    for (Live live : plan) {
      make(live);
    }
    return plan.size();
  }

  /** What to create, worked out before anything is loaded. */
  static List<Live> plan(List<FactoryDetails> factories) {
    List<String> neighbours = pick(factories, "DONGGUAN", Sector.METAL_AND_METAL_PRODUCTS, 3);
    String officer = DemoAccounts.OFFICER;
    var ready = ApplicationStatus.READY_FOR_COMMITTEE;
    var assessment = Scheme.ON_SITE_ASSESSMENT;
    // today the 2015 phase is in force: demonstration projects are (i) or (ii), and verification
    // is no longer a scheme (the verifications of the launch years are history)
    var demonstration = LaterPhases.DP_I;
    return List.of(
        new Live(neighbours.get(0), assessment, ready, officer, "Energy audit of plating line"),
        new Live(neighbours.get(1), demonstration, ready, officer, "Servo motors for presses"),
        new Live(neighbours.get(2), assessment, ready, officer, "Compressed air assessment"),
        new Live(
            first(factories, "SHENZHEN", Sector.METAL_AND_METAL_PRODUCTS),
            demonstration,
            ready,
            officer,
            "LED lighting retrofit of the assembly halls"),
        new Live(
            first(factories, "GUANGZHOU", Sector.TEXTILES),
            assessment,
            ApplicationStatus.SCREENING,
            officer,
            "Dyeing water and energy assessment"),
        new Live(
            first(factories, "FOSHAN", Sector.CHEMICAL_PRODUCTS),
            demonstration,
            ApplicationStatus.SCREENING,
            officer,
            "Solvent recovery for coating line"),
        new Live(
            DemoFactories.APPLICANT2_BR,
            assessment,
            ApplicationStatus.SUBMITTED,
            "applicant2",
            "Assessment of dyeing machines' steam use"),
        new Live(
            first(factories, "HUIZHOU", Sector.PRINTING_AND_PUBLISHING),
            demonstration,
            ApplicationStatus.SUBMITTED,
            officer,
            "Low-VOC inks for the offset presses"),
        new Live(
            first(factories, "ZHONGSHAN", Sector.FURNITURE),
            assessment,
            ApplicationStatus.SUBMITTED,
            officer,
            "Spray booth VOC assessment"),
        new Live(
            DemoFactories.APPLICANT_BR,
            demonstration,
            ApplicationStatus.DRAFT,
            "applicant",
            "Waste heat recovery from air compressors"),
        new Live(
            first(factories, "JIANGMEN", Sector.PAPER_AND_PAPER_PRODUCTS),
            assessment,
            ApplicationStatus.DRAFT,
            officer,
            "Paper machine energy assessment"),
        new Live(
            first(factories, "ZHUHAI", Sector.FOOD_AND_BEVERAGE),
            demonstration,
            ApplicationStatus.DRAFT,
            officer,
            "Boiler economiser"),
        new Live(
            LaterPhases.WORKSHOP_BR,
            LaterPhases.DP_II,
            ApplicationStatus.SCREENING,
            officer,
            "Trivalent chrome plating with rinse water recovery"),
        new Live(
            LaterPhases.MEIZHOU_FACTORY_BR,
            demonstration,
            ApplicationStatus.SCREENING,
            officer,
            "Kiln waste heat recovery"),
        new Live(
            LaterPhases.ASSOCIATION_BR,
            LaterPhases.ORGANISATION_SUPPORT,
            ready,
            officer,
            "Cleaner printing: trade seminars and a good-practice guide"));
  }

  private void make(Live live) {
    ApplicationView created =
        as(live.actor(), () -> applications.create(live.factoryBr(), live.scheme(), draft(live)));
    String reference = created.reference();
    if (live.status() == ApplicationStatus.DRAFT) {
      return;
    }
    as(live.actor(), () -> applications.submit(reference));
    if (live.status() == ApplicationStatus.SUBMITTED) {
      return;
    }
    ActionInput screening = new ActionInput("Documents received; screening started.", null, null);
    as(
        DemoAccounts.OFFICER,
        () -> applications.act(reference, ApplicationAction.SCREEN, screening));
    if (live.status() == ApplicationStatus.READY_FOR_COMMITTEE) {
      if (Scheme.ON_SITE_ASSESSMENT.equals(live.scheme())) {
        // The Dongguan neighbours had their first assessment in the programme's first years.
        RepeatClaim claim = new RepeatClaim(true, true, false);
        as(DemoAccounts.OFFICER, () -> repeats.state(reference, claim));
      }
      ActionInput ready =
          new ActionInput("Complete and eligible; costs in line with quotation.", null, null);
      as(DemoAccounts.OFFICER, () -> applications.act(reference, ApplicationAction.READY, ready));
    }
  }

  private ApplicationDraft draft(Live live) {
    Initiative initiative = SystemActor.call(() -> rules.scheme(live.scheme()).initiative());
    boolean demonstration = initiative == Initiative.DEMONSTRATION;
    boolean verification = initiative == Initiative.VERIFICATION;
    BigDecimal main =
        new BigDecimal(demonstration ? "286400.00" : verification ? "9800.00" : "21600.00");
    List<ApplicationDraft.Line> lines = new ArrayList<>();
    lines.add(
        new ApplicationDraft.Line(verification ? "Verification service" : "Main works", main));
    lines.add(new ApplicationDraft.Line("Measurement and report", new BigDecimal("3850.50")));
    return new ApplicationDraft(
        verification ? null : DemoProviders.DEMO_PROVIDER,
        live.title(),
        "Prepared for the demo programme: " + live.title().toLowerCase(java.util.Locale.ROOT) + ".",
        verification ? null : "Q-" + live.factoryBr(),
        lines,
        demonstration ? TechnologyCategory.ENERGY_SAVING : null,
        demonstration ? "About 15% less electricity on the line; payback in three years." : null,
        null,
        verification
            ? "Improvement implemented in the past year after an on-site assessment."
            : null);
  }

  private static List<String> pick(
      List<FactoryDetails> factories, String city, Sector sector, int count) {
    return factories.stream()
        .filter(DemoFactories::eligible)
        .filter(f -> (city == null || f.city().equals(city)) && f.sector() == sector)
        .map(FactoryDetails::brNumber)
        .filter(br -> !br.equals(DemoFactories.APPLICANT_BR))
        .limit(count)
        .toList();
  }

  /** The first eligible factory of the sector in the city, or else of the sector anywhere. */
  private static String first(List<FactoryDetails> factories, String city, Sector sector) {
    List<String> found = pick(factories, city, sector, 1);
    return found.isEmpty() ? pick(factories, null, sector, 1).get(0) : found.get(0);
  }

  private <T> T as(String username, Supplier<T> work) {
    return users.as(username, work);
  }
}
