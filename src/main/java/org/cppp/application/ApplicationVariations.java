package org.cppp.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Budget;
import org.cppp.funding.FundingRules;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Variation requests: a factory asks to vary its approved work (more time, another provider,
 * another scope, another cost); an officer decides it under a delegated authority that covers the
 * varied grant, or the committee decides it, by circulation or as an item of a meeting's agenda. An
 * approval changes the application in the same transaction, through the same guards as its
 * decision: a later due date, a provider that may be engaged, a grant from the funding rules whose
 * increase the budget must cover (or the whole decision is refused and nothing changes). Every
 * request and decision is audited (subject type {@value #AUDIT_TYPE}) and mailed; a decision is
 * published ({@link VariationDecided}), which takes the request off any agenda it waited on.
 */
@Service
@Transactional
public class ApplicationVariations {

  static final String AUDIT_TYPE = "application-variation";

  private final VariationRepository variations;
  private final Visibility visibility;
  private final VariationPolicy policy;
  private final ProviderStanding providers;
  private final FundingRules rules;
  private final Budget budget;
  private final DecisionAuthorities authorities;
  private final AuditTrail audit;
  private final VariationMail mail;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ApplicationVariations(
      VariationRepository variations,
      Visibility visibility,
      VariationPolicy policy,
      ProviderStanding providers,
      FundingRules rules,
      Budget budget,
      Optional<DecisionAuthorities> authorities,
      AuditTrail audit,
      VariationMail mail,
      Clock clock,
      ApplicationEventPublisher events) {
    this.variations = variations;
    this.visibility = visibility;
    this.policy = policy;
    this.providers = providers;
    this.rules = rules;
    this.budget = budget;
    this.authorities = authorities.orElse(Workflow.NO_AUTHORITY);
    this.audit = audit;
    this.mail = mail;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Asks to vary an approved, open application of the applicant's own factory. Refuses, naming the
   * field, a missing reason or new value, a due date that is not later, a provider that may not be
   * engaged, or a second open request of the same kind.
   */
  @PreAuthorize(VariationPolicy.REQUEST)
  public VariationView request(String reference, VariationRequest request) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = visibility.locked(reference);
    if (!policy.mayRequest(scope, application)) {
      throw new AccessDeniedException("only the factory asks for a variation");
    }
    application.requireVariable();
    LocalDate today = LocalDate.now(clock);
    Variation variation = new Variation(reference, request, user.username(), today);
    requireSensible(application, variation, today);
    if (variations.existsByApplicationRefAndKindAndStatus(
        reference, variation.kind(), VariationStatus.REQUESTED)) {
      throw new RuleViolation("kind", "application.variation.open", variation.kind().name());
    }
    variations.saveAndFlush(variation);
    audit.record(AUDIT_TYPE, String.valueOf(variation.id()), "REQUESTED", trail(variation));
    mail.requested(application, variation);
    return variation.view();
  }

  /** The variations of an application the current user may see, newest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<VariationView> of(String reference) {
    visibility.of(reference);
    return variations.findByApplicationRefOrderByIdDesc(reference).stream()
        .map(Variation::view)
        .toList();
  }

  /** One variation of an application the current user may see. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public VariationView get(String reference, long id) {
    visibility.of(reference);
    return find(reference, id).view();
  }

  /**
   * The delegated authorities an officer could decide this request under today: those whose
   * schemes, period and ceiling cover the grant the application would have once varied. None means
   * it goes to the committee (by circulation, or on a meeting's agenda).
   */
  @PreAuthorize(VariationPolicy.DECIDE)
  @Transactional(readOnly = true)
  public List<DelegationOption> delegations(String reference, long id) {
    FundingApplication application = visibility.of(reference);
    Variation variation = find(reference, id);
    if (variation.status().decided()) {
      return List.of();
    }
    return authorities.delegationsFor(
        application.scheme(), shareOnceVaried(application, variation), LocalDate.now(clock));
  }

  /**
   * Decides a request under its authority (verified by the committee module: a delegated authority
   * covering the varied grant, the closed circulation of this variation, or the held meeting's
   * decision on its agenda item). An approval changes the application; a cost increase is committed
   * against the budget, which refuses (field {@code amountHkd}) more than is available, and then
   * nothing is changed. A refusal needs its reasons.
   */
  @PreAuthorize(VariationPolicy.DECIDE)
  public VariationView decide(String reference, long id, VariationDecision decision) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = visibility.locked(reference);
    ApplicationPolicy.requireStaff(scope, application);
    Variation variation = find(reference, id);
    variation.requireUndecided();
    DecisionOutcome outcome = decision.outcome();
    if (outcome != DecisionOutcome.APPROVED && outcome != DecisionOutcome.REJECTED) {
      throw new RuleViolation("outcome", "application.variation.outcome");
    }
    LocalDate on = decisionDate(variation, decision.decidedOn());
    if (decision.authority() == null || decision.authority().route() == null) {
      throw new RuleViolation("delegatedAuthorityId", "application.decision.authority.required");
    }
    String citation =
        authorities.authorise(decision.authority(), facts(application, variation, decision));
    var decided =
        new Variation.Decided(user.username(), on, decision.note(), decision.authority(), citation);
    if (outcome == DecisionOutcome.APPROVED) {
      application.requireVariable();
      variation.approve(decided, apply(application, variation, on));
    } else {
      variation.refuse(decided);
    }
    variations.saveAndFlush(variation);
    Map<String, Object> values = trail(variation);
    values.put("citation", citation);
    audit.record(AUDIT_TYPE, String.valueOf(id), variation.status().name(), values);
    audit.record(
        FundingApplications.AUDIT_TYPE, reference, "VARIATION_" + variation.status(), values);
    mail.decided(application, variation);
    events.publishEvent(new VariationDecided(reference, id, outcome));
    return variation.view();
  }

  /** Changes the application as approved; returns what it had before. */
  private String apply(FundingApplication application, Variation variation, LocalDate on) {
    return switch (variation.kind()) {
      case EXTENSION -> String.valueOf(application.extendTo(variation.newDueOn()));
      case PROVIDER -> {
        providers.require(VariationKind.PROVIDER.field(), variation.newProviderCode(), on);
        yield application.engage(variation.newProviderCode());
      }
      case SCOPE -> application.rescope(variation.newScope());
      case COST -> recost(application, variation, on);
    };
  }

  private String recost(FundingApplication application, Variation variation, LocalDate on) {
    String before =
        application.totalCostHkd().toPlainString()
            + " / "
            + application.approvedAmountHkd().toPlainString();
    BigDecimal change =
        application.recost(variation.newTotalCostHkd(), shareOnceVaried(application, variation));
    String why = "variation V-" + variation.id() + " (" + VariationKind.COST + ")";
    if (change.signum() > 0) {
      budget.commitMore(application.reference(), change, on, why);
    } else if (change.signum() < 0) {
      budget.release(application.reference(), change.negate(), on, why);
    }
    return before;
  }

  /** The grant the application would have once varied: for a cost, the rules' share of it. */
  private BigDecimal shareOnceVaried(FundingApplication application, Variation variation) {
    if (variation.kind() != VariationKind.COST) {
      return application.approvedAmountHkd();
    }
    return rules
        .quote(application.scheme(), variation.newTotalCostHkd(), application.submittedOn())
        .governmentShareHkd();
  }

  /**
   * Refuses at once what could never be approved: an earlier due date, an unengageable provider.
   */
  private void requireSensible(
      FundingApplication application, Variation variation, LocalDate today) {
    switch (variation.kind()) {
      case EXTENSION -> {
        LocalDate due = application.dueOn();
        if (due != null && !variation.newDueOn().isAfter(due)) {
          throw new RuleViolation("newDueOn", "application.variation.due.not-later", due);
        }
      }
      case PROVIDER -> providers.require("newProviderCode", variation.newProviderCode(), today);
      case SCOPE, COST -> {}
    }
  }

  private LocalDate decisionDate(Variation variation, LocalDate on) {
    if (on == null) {
      throw new RuleViolation("decidedOn", "application.decision.date");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new RuleViolation("decidedOn", "application.decision.date.future", on);
    }
    if (on.isBefore(variation.requestedOn())) {
      throw new RuleViolation(
          "decidedOn", "application.variation.date.before-request", on, variation.requestedOn());
    }
    return on;
  }

  private DecisionAuthorities.DecisionFacts facts(
      FundingApplication application, Variation variation, VariationDecision decision) {
    return new DecisionAuthorities.DecisionFacts(
        application.reference(),
        "V-" + variation.id() + " " + variation.kind() + ": " + application.title(),
        application.factoryBr(),
        application.scheme(),
        decision.outcome(),
        decision.decidedOn(),
        shareOnceVaried(application, variation),
        decision.note(),
        CurrentUser.current().username(),
        variation.id());
  }

  private Variation find(String reference, long id) {
    return variations
        .findByIdAndApplicationRef(id, reference)
        .orElseThrow(() -> new NotFoundException("Variation", id));
  }

  private static Map<String, Object> trail(Variation variation) {
    VariationView v = variation.view();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("application", v.applicationRef());
    values.put("kind", v.kind().name());
    values.put("status", v.status().name());
    values.put(v.kind().field(), newValue(v));
    values.put("previous", v.previousValue());
    values.put("note", v.decisionNote());
    return values;
  }

  private static String newValue(VariationView v) {
    return switch (v.kind()) {
      case EXTENSION -> String.valueOf(v.newDueOn());
      case PROVIDER -> v.newProviderCode();
      case SCOPE -> v.newScope();
      case COST -> v.newTotalCostHkd().toPlainString();
    };
  }
}
