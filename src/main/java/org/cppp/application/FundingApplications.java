package org.cppp.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.cppp.audit.Changes;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryView;
import org.cppp.factory.IneligibilityReason;
import org.cppp.funding.FundingRules;
import org.cppp.funding.LedgerEntryView;
import org.cppp.funding.Quote;
import org.cppp.funding.Scheme;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications module's facade: factories (or officers on their behalf) draft and submit
 * funding applications; officers screen them; the committee decides (at a meeting, by circulation,
 * or through officers under its delegated authority); approved grants commit budget. Every change
 * is audited and every status change is in the application's timeline.
 */
@Service
@Transactional
public class FundingApplications {

  static final String AUDIT_TYPE = "application";

  private final FundingApplicationRepository applications;
  private final Factories factories;
  private final ProviderStanding providers;
  private final FundingRules rules;
  private final Initiatives initiatives;
  private final Screening screening;
  private final Workflow workflow;
  private final AuditTrail audit;
  private final ActivityFeed feed;
  private final Visibility visibility;
  private final ApplicationTimeline timeline;
  private final Clock clock;
  private final ApplicationList list;

  FundingApplications(
      FundingApplicationRepository applications,
      Factories factories,
      ProviderStanding providers,
      FundingRules rules,
      Initiatives initiatives,
      Screening screening,
      Workflow workflow,
      AuditTrail audit,
      ActivityFeed feed,
      Visibility visibility,
      ApplicationTimeline timeline,
      Clock clock,
      ApplicationList list) {
    this.applications = applications;
    this.factories = factories;
    this.providers = providers;
    this.rules = rules;
    this.initiatives = initiatives;
    this.screening = screening;
    this.workflow = workflow;
    this.audit = audit;
    this.feed = feed;
    this.visibility = visibility;
    this.timeline = timeline;
    this.clock = clock;
    this.list = list;
  }

  /**
   * Starts a draft for an eligible factory (never one merged into another: the survivor takes new
   * work): its applicant (a user of the factory, or of the Hong Kong business it is linked to,
   * which applies for all its factories), or an officer on its behalf; any other factory reads as
   * not found. The provider, if named, must be on the register and, if based in Guangdong, hold a
   * GDEIC registration that has not lapsed. The scheme must be in the catalogue and funded by the
   * phase in force (field {@code scheme}).
   */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  public ApplicationView create(String factoryBr, Scheme scheme, ApplicationDraft draft) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    if (factoryBr == null || !ApplicationPolicy.mayApplyFor(scope, factoryBr)) {
      throw new NotFoundException("Factory", factoryBr);
    }
    if (scheme == null) {
      throw new RuleViolation("scheme", "application.scheme.required");
    }
    LocalDate today = LocalDate.now(clock);
    rules.scheme(scheme);
    rules.phaseOn(today).rule(scheme);
    // the factory read once: its eligibility today and its sector
    FactoryView factory = factories.get(factoryBr);
    for (IneligibilityReason reason : factory.ineligibilityReasons()) {
      if (reason.kind() == IneligibilityReason.Kind.MERGED) {
        throw new RuleViolation(
            "factoryBr", "application.factory.merged", factoryBr, reason.value());
      }
    }
    if (!factory.eligible()) {
      throw new RuleViolation("factoryBr", "application.factory.ineligible", factoryBr);
    }
    checkProvider(draft.providerCode(), today);
    screening
        .technologyRefusal(scheme, draft.technology())
        .ifPresent(
            refusal -> {
              throw refusal;
            });
    String reference =
        String.format("APP-%d-%05d", today.getYear(), applications.nextReferenceNumber());
    String sector = factory.sector().name();
    FundingApplication application =
        new FundingApplication(
            reference,
            factoryBr,
            sector,
            scheme,
            initiatives.of(scheme),
            draft,
            user.username(),
            today);
    applications.save(application);
    audit.record(AUDIT_TYPE, reference, "CREATED", application.snapshot());
    return application.view(today);
  }

  /**
   * The factories the current applicant may start a draft for, by BR number: theirs and, bound to a
   * Hong Kong business, every factory linked to it (the business applies for them all); empty for
   * officers, who name any factory.
   */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  @Transactional(readOnly = true)
  public List<String> draftableFactories() {
    return ApplicationPolicy.isStaffActor(CurrentUser.current())
        ? List.of()
        : visibility.scope().factoryBrs().stream().sorted().toList();
  }

  /**
   * Saves what the applicant typed; only drafts and returned ones. Refuses the whole draft, naming
   * the field, for a newly named provider that is not on the register or whose GDEIC registration
   * has lapsed, or an emptied title.
   */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  public ApplicationView saveDraft(String reference, ApplicationDraft draft) {
    FundingApplication application = mine(reference);
    List<RuleViolation> refused = refusals(application, draft);
    if (!refused.isEmpty()) {
      throw refused.get(0);
    }
    return store(application, draft);
  }

  /**
   * Saves what the applicant typed as they type, field by field: every acceptable field is saved; a
   * refused one (as {@link #saveDraft} refuses) keeps its saved value and is reported.
   */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  public DraftSaved saveAcceptable(String reference, ApplicationDraft draft) {
    FundingApplication application = mine(reference);
    List<RuleViolation> refused = refusals(application, draft);
    java.util.Set<String> fields =
        refused.stream().map(RuleViolation::field).collect(java.util.stream.Collectors.toSet());
    ApplicationDraft kept = draft.keeping(fields, application.view(LocalDate.now(clock)).draft());
    return new DraftSaved(store(application, kept), refused);
  }

  private List<RuleViolation> refusals(FundingApplication application, ApplicationDraft draft) {
    List<RuleViolation> refused = new java.util.ArrayList<>();
    String provider = draft.providerCode();
    if (!java.util.Objects.equals(provider, application.providerCode())) {
      providerRefusal(provider, LocalDate.now(clock)).ifPresent(refused::add);
    }
    if (application.hasTitle() && (draft.title() == null || draft.title().isBlank())) {
      refused.add(new RuleViolation("title", "application.title.emptied"));
    }
    screening.technologyRefusal(application.scheme(), draft.technology()).ifPresent(refused::add);
    return refused;
  }

  private ApplicationView store(FundingApplication application, ApplicationDraft draft) {
    var before = application.snapshot();
    application.edit(draft, initiatives.of(application));
    var changes = Changes.between(before, application.snapshot());
    if (!changes.isEmpty()) {
      audit.record(AUDIT_TYPE, application.reference(), "DRAFT_SAVED", changes);
    }
    return application.view(LocalDate.now(clock));
  }

  /**
   * How {@link #missingForSubmission} names a supporting document the scheme requires and none is
   * uploaded of: this prefix and the document's kind, e.g. {@code documents.TECHNICAL_PROPOSAL}.
   */
  public static final String MISSING_DOCUMENT = "documents.";

  /**
   * The refusal naming a required document (in the reader's language) when {@code missing} is one
   * ({@link #MISSING_DOCUMENT}); empty for a field.
   */
  public static Optional<RuleViolation> missingDocument(String missing) {
    if (missing == null || !missing.startsWith(MISSING_DOCUMENT)) {
      return Optional.empty();
    }
    String kind = missing.substring(MISSING_DOCUMENT.length());
    return Optional.of(
        new RuleViolation(
            missing,
            "application.document.missing",
            new DefaultMessageSourceResolvable(new String[] {"document.kind." + kind}, kind)));
  }

  /**
   * What a draft still lacks before it can be submitted: its fields, and each required supporting
   * document not uploaded ({@link #MISSING_DOCUMENT}); empty when complete.
   */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  @Transactional(readOnly = true)
  public List<String> missingForSubmission(String reference) {
    FundingApplication application = mine(reference);
    return screening.missing(application);
  }

  /**
   * Submits (or resubmits after a return): refuses an incomplete application naming what is
   * missing, and fixes the government share by the rules in force on the first submission date.
   */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  public ApplicationView submit(String reference) {
    FundingApplication application = mine(reference);
    List<String> missing = screening.missing(application);
    if (!missing.isEmpty()) {
      throw missingDocument(missing.get(0))
          .orElseGet(
              () ->
                  new RuleViolation(
                      missing.get(0), "application.incomplete", String.join(", ", missing)));
    }
    LocalDate today = LocalDate.now(clock);
    checkProvider(application.providerCode(), today);
    LocalDate ruleDate = application.submittedOn() == null ? today : application.submittedOn();
    Quote quote = rules.quote(application.scheme(), application.totalCostHkd(), ruleDate);
    application.submit(
        quote.governmentShareHkd(), quote.phase(), today, CurrentUser.current().username());
    return workflow.saved(application, "SUBMITTED");
  }

  /** Moves an application on: screen, return, ready, start, complete, close or withdraw. */
  @PreAuthorize(ApplicationPolicy.DRAFT)
  public ApplicationView act(String reference, ApplicationAction action, ActionInput input) {
    return workflow.act(reference, action, input == null ? ActionInput.none() : input);
  }

  /**
   * Records the committee's decision, only under its authority: a held meeting's agenda item, a
   * closed circulation, or a delegated authority (verified by the committee module). The date may
   * be neither in the future nor before submission (field {@code decidedOn}); a decision without an
   * authority is refused (field {@code delegatedAuthorityId}). An approval commits the approved
   * amount against the budget in the same transaction, exactly once, and is refused at once if the
   * budget cannot cover it.
   */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  public ApplicationView decide(String reference, Decision decision) {
    return workflow.decide(reference, decision);
  }

  /**
   * The delegated authorities an officer could decide this application under today (none: it needs
   * the committee, at a meeting or by circulation).
   */
  @PreAuthorize(ApplicationPolicy.MANAGE)
  @Transactional(readOnly = true)
  public List<DelegationOption> delegations(String reference) {
    FundingApplication application = visible(reference);
    return application.status() == ApplicationStatus.READY_FOR_COMMITTEE
        ? workflow.delegationsFor(application)
        : List.of();
  }

  /** The budget ledger's entries for an application (commitment, releases, payments). */
  @PreAuthorize(ApplicationPolicy.READ_LEDGER)
  @Transactional(readOnly = true)
  public List<LedgerEntryView> ledger(String reference) {
    find(reference);
    return workflow.ledger(reference);
  }

  /** The screening checks for an application, as they stand now. */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  @Transactional(readOnly = true)
  public ScreeningReport screening(String reference) {
    return screening.of(visible(reference), LocalDate.now(clock));
  }

  /** An application, if the current user may see it. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public ApplicationView get(String reference) {
    return visible(reference).view(LocalDate.now(clock));
  }

  /**
   * An application's timeline, oldest first: status changes, deliverables' steps, its verification
   * signed (or legacy result recorded) and, for those who may see them, the payments to the
   * factory.
   */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(String reference) {
    return timeline.of(visible(reference), visibility.scope());
  }

  /**
   * Applications matching the filters that the current user may see (recusals excluded); the total
   * is counted up to a thousand rows past the page ({@link BoundedPage#capped()}: more match).
   */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public BoundedPage<ApplicationView> search(ApplicationQuery query, Pageable pageable) {
    LocalDate today = LocalDate.now(clock);
    ApplicationPolicy.Scope scope = visibility.scope();
    return list.page(
            ApplicationSearch.matching(query, scope, visibility.hiddenFrom(scope.user()), today),
            pageable)
        .map(a -> a.view(today));
  }

  /** How many applications are in a status (dashboard). */
  @PreAuthorize(ApplicationPolicy.SEE_ALL)
  @Transactional(readOnly = true)
  public long countIn(ApplicationStatus status) {
    return applications.countByStatus(status);
  }

  /** The latest activity on applications the current user may see. */
  @PreAuthorize(ApplicationPolicy.READ)
  @Transactional(readOnly = true)
  public List<FeedItem> feed(int limit) {
    ApplicationPolicy.Scope scope = visibility.scope();
    return feed.latest(
        scope, visibility.hiddenFrom(scope.user()), Math.min(Math.max(limit, 1), 200));
  }

  private void checkProvider(String providerCode, LocalDate on) {
    providers.require("providerCode", providerCode, on);
  }

  private Optional<RuleViolation> providerRefusal(String providerCode, LocalDate on) {
    return providers.refusal("providerCode", providerCode, on);
  }

  /** The application if the current user may see it (role, factory, and no recusal). */
  private FundingApplication visible(String reference) {
    return visibility.of(reference);
  }

  private FundingApplication mine(String reference) {
    FundingApplication application = find(reference);
    ApplicationPolicy.requireOwnerOrStaff(visibility.scope(), application);
    return application;
  }

  private FundingApplication find(String reference) {
    return applications
        .findByReference(reference)
        .orElseThrow(() -> new NotFoundException("Application", reference));
  }

  static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
