package org.cppp.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cppp.application.ScreeningReport.Check;
import org.cppp.application.ScreeningReport.Finding;
import org.cppp.factory.Businesses;
import org.cppp.factory.Eligibility;
import org.cppp.factory.Factories;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Initiative;
import org.cppp.funding.Scheme;
import org.cppp.provider.Providers;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The screening checks: eligibility (of the factory, and of its applicant kind for the scheme),
 * provider status, completeness, duplicates (an open application of the same factory and scheme; a
 * repeat assessment against the repeat-assessment rule) and, for a verification, that the project
 * verified is a completed demonstration project of the factory.
 */
@Component
class Screening {

  static final Set<ApplicationStatus> OPEN = ApplicationStatus.all(ApplicationStatus::isPending);

  private final FundingApplicationRepository applications;
  private final ApplicationDocumentRepository documents;
  private final Factories factories;
  private final Businesses businesses;
  private final Providers providers;
  private final FundingRules rules;
  private final Initiatives initiatives;
  private final RepeatAssessmentClaims claims;

  Screening(
      FundingApplicationRepository applications,
      ApplicationDocumentRepository documents,
      Factories factories,
      Businesses businesses,
      Providers providers,
      FundingRules rules,
      Initiatives initiatives,
      RepeatAssessmentClaims claims) {
    this.claims = claims;
    this.applications = applications;
    this.documents = documents;
    this.factories = factories;
    this.businesses = businesses;
    this.providers = providers;
    this.rules = rules;
    this.initiatives = initiatives;
  }

  ScreeningReport of(FundingApplication application, LocalDate today) {
    LocalDate on = application.submittedOn() == null ? today : application.submittedOn();
    List<Finding> findings = new ArrayList<>();
    findings.add(eligibility(application.factoryBr(), application.scheme(), on));
    Initiative initiative = initiatives.of(application);
    if (initiative != Initiative.VERIFICATION || application.providerCode() != null) {
      findings.add(provider(application.providerCode(), on));
    }
    findings.add(completeness(application));
    findings.add(openDuplicate(application));
    if (initiative == Initiative.ASSESSMENT) {
      findings.add(repeatAssessment(application, today));
    }
    if (initiative == Initiative.VERIFICATION && application.verifiesReference() != null) {
      findings.add(verifiedProject(application));
    }
    return new ScreeningReport(application.reference(), findings);
  }

  /**
   * The factory is eligible on the date, and its applicant kind (of the business it is linked to; a
   * factory linked to none applies as a Hong Kong business) is one the scheme accepts.
   */
  Finding eligibility(String factoryBr, Scheme scheme, LocalDate on) {
    Eligibility eligibility = factories.eligibility(factoryBr, on);
    if (!eligibility.eligible()) {
      List<String> reasons = eligibility.reasons().stream().map(Object::toString).toList();
      return new Finding(
          Check.ELIGIBILITY, false, "screening.ineligible", List.of(String.join(", ", reasons)));
    }
    ApplicantKind kind = businesses.applicantKind(factoryBr).orElse(ApplicantKind.HK_BUSINESS);
    return rules.scheme(scheme).applicants().contains(kind)
        ? pass(Check.ELIGIBILITY, "screening.eligible")
        : fail(Check.ELIGIBILITY, "screening.applicant.not-allowed", kind.name());
  }

  Finding provider(String code, LocalDate on) {
    if (code == null) {
      return fail(Check.PROVIDER, "screening.provider.missing");
    }
    return providers.isRegistered(code, on)
        ? pass(Check.PROVIDER, "screening.provider.registered", code)
        : fail(Check.PROVIDER, "screening.provider.not-registered", code);
  }

  private Finding completeness(FundingApplication application) {
    List<String> missing = missing(application);
    return missing.isEmpty()
        ? pass(Check.COMPLETENESS, "screening.complete")
        : fail(Check.COMPLETENESS, "screening.incomplete", String.join(", ", missing));
  }

  /**
   * What the application still lacks for a submission under its scheme's initiative: its fields,
   * then each supporting document the scheme's catalogue entry requires and none is uploaded of, as
   * {@code documents.KIND} (a quotation's reference stands in for the quotation itself).
   */
  List<String> missing(FundingApplication application) {
    List<String> missing =
        new ArrayList<>(
            application.missingForSubmission(
                hasQuotation(application), initiatives.of(application)));
    for (String document : rules.scheme(application.scheme()).documents()) {
      if (!DocumentKind.QUOTATION.name().equals(document) && !has(application, document)) {
        missing.add(FundingApplications.MISSING_DOCUMENT + document);
      }
    }
    return missing;
  }

  /**
   * Refuses (field {@code technology}) a technology the scheme does not list, when it lists any.
   */
  Optional<RuleViolation> technologyRefusal(Scheme scheme, TechnologyCategory technology) {
    List<String> listed = rules.scheme(scheme).technologies();
    if (technology == null || listed.isEmpty() || listed.contains(technology.name())) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleViolation(
            "technology",
            "application.technology.not-in-scheme",
            new DefaultMessageSourceResolvable("technology." + technology.name()),
            new DefaultMessageSourceResolvable("scheme." + scheme.code())));
  }

  private boolean has(FundingApplication application, String document) {
    DocumentKind kind;
    try {
      kind = DocumentKind.valueOf(document);
    } catch (IllegalArgumentException noSuchKind) {
      return false;
    }
    return application.id() != null
        && documents.existsByApplicationIdAndKind(application.id(), kind);
  }

  private boolean hasQuotation(FundingApplication application) {
    return application.id() != null
        && documents.existsByApplicationIdAndKind(application.id(), DocumentKind.QUOTATION);
  }

  private Finding openDuplicate(FundingApplication application) {
    boolean duplicate =
        applications.existsByFactoryBrAndSchemeAndStatusInAndReferenceNot(
            application.factoryBr(), application.scheme(), OPEN, application.reference());
    return duplicate
        ? fail(Check.OPEN_DUPLICATE, "screening.duplicate.open")
        : pass(Check.OPEN_DUPLICATE, "screening.duplicate.none");
  }

  /**
   * The repeat-assessment rule: a further on-site assessment only when the previous one was
   * completed at least the phase's years ago, a recommended measure involving investment was
   * implemented, and the process or material usage changed or the factory pursues recognition.
   */
  private Finding repeatAssessment(FundingApplication application, LocalDate today) {
    int years = rules.repeatAssessmentYears(today);
    Optional<FundingApplication> previous =
        applications.findFirstByFactoryBrAndSchemeAndStatusInAndReferenceNotOrderByDecidedOnDesc(
            application.factoryBr(),
            application.scheme(),
            ApplicationStatus.all(ApplicationStatus::holdsCommitment),
            application.reference());
    if (previous.isEmpty()) {
      return pass(Check.REPEAT_ASSESSMENT, "screening.repeat.first");
    }
    String earlier = previous.get().reference();
    LocalDate completed = previous.get().completedOn();
    String window = String.valueOf(years);
    if (completed == null) {
      return fail(Check.REPEAT_ASSESSMENT, "screening.repeat.not-completed", earlier, window);
    }
    if (completed.plusYears(years).isAfter(today)) {
      return fail(
          Check.REPEAT_ASSESSMENT, "screening.repeat.found", earlier, window, completed.toString());
    }
    Optional<RepeatClaim> claim = claims.findById(application.id()).map(c -> c.claim());
    if (claim.isEmpty()) {
      return fail(Check.REPEAT_ASSESSMENT, "screening.repeat.no-claim", earlier);
    }
    if (!claim.get().measureImplemented()) {
      return fail(Check.REPEAT_ASSESSMENT, "screening.repeat.no-measure", earlier);
    }
    return claim.get().meetsConditions()
        ? pass(Check.REPEAT_ASSESSMENT, "screening.repeat.allowed", earlier, window)
        : fail(Check.REPEAT_ASSESSMENT, "screening.repeat.no-change", earlier);
  }

  private Finding verifiedProject(FundingApplication application) {
    String target = application.verifiesReference();
    boolean completedDemo =
        applications
            .findByReference(target)
            .filter(a -> a.factoryBr().equals(application.factoryBr()))
            .filter(a -> initiatives.of(a) == Initiative.DEMONSTRATION)
            .filter(
                a ->
                    a.status() == ApplicationStatus.COMPLETED
                        || a.status() == ApplicationStatus.CLOSED)
            .isPresent();
    return completedDemo
        ? pass(Check.VERIFIED_PROJECT, "screening.verifies.ok", target)
        : fail(Check.VERIFIED_PROJECT, "screening.verifies.not-completed", target);
  }

  private static Finding pass(Check check, String key, String... args) {
    return new Finding(check, true, key, List.of(args));
  }

  private static Finding fail(Check check, String key, String... args) {
    return new Finding(check, false, key, List.of(args));
  }
}
