package org.cppp.application.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationDeliverables;
import org.cppp.application.ApplicationDocuments;
import org.cppp.application.ApplicationPayments;
import org.cppp.application.ApplicationPolicy;
import org.cppp.application.ApplicationQuery;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.BoundedPage;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.application.ScreeningOverrideView;
import org.cppp.application.ScreeningOverrides;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.FundingRules;
import org.cppp.funding.SchemeDefinition;
import org.cppp.identity.CurrentUser;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.shared.TechnologyCategory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applications list (applicant's own, officers' work queue) and an application's page. */
@Controller
@RequestMapping("/applications")
class ApplicationPages {

  private final FundingApplications applications;
  private final ApplicationDocuments documents;
  private final ApplicationDeliverables deliverables;
  private final ApplicationPayments payments;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final FundingRules rules;
  private final Notices notices;
  private final ScreeningOverrides overrides;
  private final ApplicationPolicy policy;
  private final VariationSection variations;

  ApplicationPages(
      FundingApplications applications,
      ApplicationDocuments documents,
      ApplicationDeliverables deliverables,
      ApplicationPayments payments,
      AuditTrail audit,
      MessageSource messages,
      FundingRules rules,
      Notices notices,
      ScreeningOverrides overrides,
      ApplicationPolicy policy,
      VariationSection variations) {
    this.policy = policy;
    this.rules = rules;
    this.variations = variations;
    this.overrides = overrides;
    this.applications = applications;
    this.documents = documents;
    this.deliverables = deliverables;
    this.payments = payments;
    this.audit = audit;
    this.messages = messages;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("schemes", rules.schemes().stream().map(SchemeDefinition::code).toList());
    model.addAttribute("statuses", ApplicationStatus.values());
    model.addAttribute("technologies", TechnologyCategory.values());
  }

  @GetMapping
  String list(
      @ModelAttribute("query") ApplicationQuery query,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    BoundedPage<ApplicationView> found =
        applications.search(
            query, PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "id")));
    model.addAttribute("applications", found);
    model.addAttribute("countCapped", found.capped());
    model.addAttribute("pageBase", "/applications?" + queryString(request));
    model.addAttribute("feed", applications.feed(8));
    return HtmxRequest.view(request, "application/list", "results");
  }

  @PostMapping("/bulk")
  String bulk(
      @RequestParam(name = "refs", required = false) List<String> refs,
      @RequestParam String action,
      RedirectAttributes flash,
      Locale locale) {
    // an unknown action, like submitting, is not done in bulk
    ApplicationAction known = ApplicationAction.byPath(action).orElse(ApplicationAction.SUBMIT);
    if (known == ApplicationAction.SUBMIT) {
      notices.failure(flash, "application.action.unknown");
      return "redirect:/applications";
    }
    BulkOutcome.of(refs, ref -> applications.act(ref, known, ActionInput.none()))
        .tell(notices, flash);
    return "redirect:/applications";
  }

  @GetMapping("/{reference}")
  String show(@PathVariable String reference, Model model, Locale locale) {
    ApplicationView application = applications.get(reference);
    CurrentUser user = CurrentUser.current();
    model.addAttribute("app", application);
    model.addAttribute("phaseName", rules.phaseName(application.phaseName(), locale));
    addRecords(model, reference);
    addDecisionSection(model, user, application);
    model.addAllAttributes(variations.of(application));
    addStaffSection(model, user, application);
    return "application/show";
  }

  /** What every party who sees the application reads: its history, papers, delivery, payments. */
  private void addRecords(Model model, String reference) {
    model.addAttribute("timeline", applications.timeline(reference));
    model.addAttribute("documents", documents.of(reference));
    model.addAttribute("delivery", deliverables.delivery(reference));
    if (payments.maySeePayments(reference)) {
      model.addAttribute("payments", payments.payments(reference));
    }
  }

  /** The actions this user may take, and the decision form with its authorities if they decide. */
  private void addDecisionSection(Model model, CurrentUser user, ApplicationView application) {
    model.addAttribute("actions", policy.actionsFor(user, application));
    boolean mayDecide = policy.mayDecide(user, application);
    model.addAttribute("mayDecide", mayDecide);
    if (mayDecide) {
      model.addAttribute("delegations", applications.delegations(application.reference()));
    }
  }

  /**
   * What programme staff see besides: screening with its overrides, the audit trail, the ledger.
   */
  private void addStaffSection(Model model, CurrentUser user, ApplicationView application) {
    String reference = application.reference();
    model.addAttribute("staffView", user.seesAllFactories());
    if (user.seesAllFactories()) {
      model.addAttribute("screening", applications.screening(reference));
      model.addAttribute(
          "overridden",
          overrides.overrides(reference).stream()
              .collect(Collectors.toMap(ScreeningOverrideView::check, o -> o)));
      model.addAttribute("mayOverride", policy.mayOverride(user, application));
      model.addAttribute("auditTrail", audit.of("application", reference));
    }
    if (policy.mayReadLedger(user)) {
      model.addAttribute("ledger", applications.ledger(reference));
    }
  }

  @PostMapping("/{reference}/actions/{action}")
  String act(
      @PathVariable String reference,
      @PathVariable String action,
      @Valid @ModelAttribute ActionInput input,
      @RequestParam(defaultValue = "false") boolean confirmed,
      RedirectAttributes flash,
      Locale locale) {
    try {
      PageAction asked = PageAction.of(action, confirmed);
      asked.on(reference, input, applications);
      notices.success(flash, asked.done());
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/applications/" + reference;
  }

  @PostMapping("/{reference}/payments")
  String pay(
      @PathVariable String reference,
      @Valid @ModelAttribute PaymentRequest payment,
      RedirectAttributes flash,
      Locale locale) {
    try {
      if (payment.amountHkd() == null) {
        throw new RuleViolation("amountHkd", "application.payment.amount");
      }
      payments.recordPayment(
          reference, payment.amountHkd(), payment.invoiceRef(), payment.paidOn());
      notices.success(flash, "application.payment.recorded");
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/applications/" + reference;
  }

  @PostMapping("/{reference}/decision")
  String decide(
      @PathVariable String reference,
      @Valid @ModelAttribute DecisionRequest request,
      @RequestParam String outcome,
      RedirectAttributes flash,
      Locale locale) {
    try {
      DecisionOutcome decided =
          DecisionOutcome.byVerb(outcome)
              .orElseThrow(() -> new RuleViolation("outcome", "application.decision.outcome"));
      if (request.decidedOn() == null) {
        throw new RuleViolation("decidedOn", "application.decision.date");
      }
      applications.decide(reference, request.decision(decided));
      notices.success(flash, "application.action.done." + decided.verb());
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/applications/" + reference;
  }

  private static String queryString(HttpServletRequest request) {
    String query = request.getQueryString();
    return query == null ? "" : query.replaceAll("(^|&)page=\\d*", "");
  }
}
