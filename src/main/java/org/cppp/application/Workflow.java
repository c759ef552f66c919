package org.cppp.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Budget;
import org.cppp.funding.FundingRules;
import org.cppp.funding.LedgerEntryView;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Carries out workflow actions and decisions on a locked application, keeping the budget ledger,
 * the audit trail and the activity feed in the same transaction.
 */
@Component
class Workflow {

  private final FundingApplicationRepository applications;
  private final FundingRules rules;
  private final Budget budget;
  private final AuditTrail audit;
  private final ActivityFeed feed;
  private final Visibility visibility;
  private final DecisionAuthorities authorities;
  private final CompletionGate completion;
  private final Clock clock;
  private final ScreeningGate screening;

  Workflow(
      FundingApplicationRepository applications,
      FundingRules rules,
      Budget budget,
      AuditTrail audit,
      ActivityFeed feed,
      Visibility visibility,
      java.util.Optional<DecisionAuthorities> authorities,
      CompletionGate completion,
      Clock clock,
      ScreeningGate screening) {
    this.applications = applications;
    this.rules = rules;
    this.budget = budget;
    this.audit = audit;
    this.feed = feed;
    this.visibility = visibility;
    this.authorities = authorities.orElse(NO_AUTHORITY);
    this.completion = completion;
    this.clock = clock;
    this.screening = screening;
  }

  /** Without the committee module nothing may be decided. */
  static final DecisionAuthorities NO_AUTHORITY =
      new DecisionAuthorities() {
        @Override
        public String authorise(DecisionAuthority authority, DecisionFacts decision) {
          throw new RuleViolation("delegatedAuthorityId", "application.decision.authority.unknown");
        }

        @Override
        public java.util.List<DelegationOption> delegationsFor(
            org.cppp.funding.Scheme scheme, BigDecimal share, LocalDate on) {
          return java.util.List.of();
        }
      };

  ApplicationView act(String reference, ApplicationAction action, ActionInput input) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = visibility.locked(reference);
    String actor = user.username();
    LocalDate on = effectiveDate(user, input.on(), LocalDate.now(clock));
    switch (action) {
      case WITHDRAW -> {
        ApplicationPolicy.requireOwnerOrStaff(scope, application);
        release(
            application, application.withdraw(on, actor, required(input.note())), on, "withdrawn");
      }
      case SUBMIT -> throw new RuleViolation("action", "application.action.use-submit");
      case SCREEN -> staff(scope, application).startScreening(on, actor, input.note());
      case RETURN -> staff(scope, application).returnForInformation(on, actor, input.note());
      case READY -> passScreening(staff(scope, application), on, actor, input.note());
      case START -> staff(scope, application).start(on, actor);
      case COMPLETE -> complete(staff(scope, application), input, on, actor);
      case CLOSE -> staff(scope, application).close(on, actor);
      default -> throw new IllegalStateException("unhandled action " + action);
    }
    return saved(application, action.name());
  }

  /**
   * Records a decision under its authority: the date is checked first (never in the future, never
   * before submission), then the committee module verifies the authority, then the budget is
   * committed for an approval, all in this transaction.
   */
  ApplicationView decide(String reference, Decision decision) {
    ApplicationPolicy.Scope scope = visibility.scope();
    CurrentUser user = scope.user();
    FundingApplication application = visibility.locked(reference);
    ApplicationPolicy.requireStaff(scope, application);
    application.requireCanMove(decision.outcome().status());
    LocalDate on = decisionDate(application, decision.decidedOn());
    if (decision.authority() == null || decision.authority().route() == null) {
      throw new RuleViolation("delegatedAuthorityId", "application.decision.authority.required");
    }
    String actor = user.username();
    String citation = authorities.authorise(decision.authority(), facts(application, decision));
    switch (decision.outcome()) {
      case APPROVED -> {
        int months =
            rules.ruleOn(application.scheme(), application.submittedOn()).completionMonths();
        application.approve(
            decision.approvedAmountHkd(), on, on.plusMonths(months), actor, decision.note());
        budget.commit(
            application.reference(), application.scheme(), application.approvedAmountHkd(), on);
      }
      case REJECTED -> application.reject(on, actor, decision.note());
      case DEFERRED -> application.defer(on, actor, decision.note());
    }
    application.authorisedBy(decision.authority(), citation);
    return saved(application, decision.outcome().verb().toUpperCase(java.util.Locale.ROOT));
  }

  /** The delegated authorities that could cover this application today. */
  java.util.List<DelegationOption> delegationsFor(FundingApplication application) {
    return authorities.delegationsFor(
        application.scheme(), application.governmentShareHkd(), LocalDate.now(clock));
  }

  private DecisionAuthorities.DecisionFacts facts(
      FundingApplication application, Decision decision) {
    return new DecisionAuthorities.DecisionFacts(
        application.reference(),
        application.title(),
        application.factoryBr(),
        application.scheme(),
        decision.outcome(),
        decision.decidedOn(),
        application.governmentShareHkd(),
        decision.note(),
        CurrentUser.current().username(),
        null);
  }

  /** A decision's date: given, not after today, not before the application was submitted. */
  private LocalDate decisionDate(FundingApplication application, LocalDate on) {
    if (on == null) {
      throw new RuleViolation("decidedOn", "application.decision.date");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new RuleViolation("decidedOn", "application.decision.date.future", on);
    }
    if (application.submittedOn() != null && on.isBefore(application.submittedOn())) {
      throw new RuleViolation(
          "decidedOn",
          "application.decision.date.before-submission",
          on,
          application.submittedOn());
    }
    return on;
  }

  java.util.List<LedgerEntryView> ledger(String reference) {
    return budget.entriesFor(reference);
  }

  ApplicationView saved(FundingApplication application, String action) {
    applications.save(application);
    audit.record(
        FundingApplications.AUDIT_TYPE,
        application.reference(),
        action,
        java.util.Map.of("status", application.status().name()));
    feed.record(application);
    return application.view(LocalDate.now(clock));
  }

  private void complete(
      FundingApplication application, ActionInput input, LocalDate on, String actor) {
    BigDecimal finalCost = input.finalCostHkd();
    if (finalCost == null) {
      throw new RuleViolation("finalCostHkd", "application.final-cost.required");
    }
    application.requireCanMove(ApplicationStatus.COMPLETED);
    completion.requireMet(application);
    BigDecimal finalShare =
        rules
            .quote(application.scheme(), finalCost, application.submittedOn())
            .governmentShareHkd();
    release(
        application,
        application.complete(finalCost, finalShare, on, actor),
        on,
        "completed below the approved amount");
  }

  /** Ready for the committee only with every failing screening check overridden. */
  private void passScreening(
      FundingApplication application, LocalDate on, String actor, String note) {
    application.requireCanMove(ApplicationStatus.READY_FOR_COMMITTEE);
    screening.requireClear(application);
    application.passScreening(on, actor, note);
  }

  private void release(
      FundingApplication application, BigDecimal amount, LocalDate on, String why) {
    if (amount.signum() > 0) {
      budget.release(application.reference(), amount, on, why);
    }
  }

  private static FundingApplication staff(
      ApplicationPolicy.Scope scope, FundingApplication application) {
    ApplicationPolicy.requireStaff(scope, application);
    return application;
  }

  /** Staff may record an action as of another date (e.g. legacy records); applicants act today. */
  static LocalDate effectiveDate(CurrentUser user, LocalDate requested, LocalDate today) {
    if (requested == null || !ApplicationPolicy.isStaffActor(user)) {
      return today;
    }
    if (requested.isAfter(today)) {
      throw new RuleViolation("on", "application.date.future");
    }
    return requested;
  }

  private static String required(String note) {
    if (note == null || note.isBlank()) {
      throw new RuleViolation("note", "application.note.required");
    }
    return note;
  }
}
