package org.cppp.funding.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.FundingPolicy;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Initiative;
import org.cppp.funding.Phase;
import org.cppp.funding.Quote;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeDefinition;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.TechnologyCategory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funding rules (phases) for staff, and the public "How much can I get?" calculator. */
@Controller
class FundingPages {

  private static final String PHASES = "funding/phases";

  private final FundingRules rules;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Clock clock;
  private final Notices notices;
  private final FundingPolicy policy;

  FundingPages(
      FundingRules rules,
      AuditTrail audit,
      SmartValidator validator,
      Clock clock,
      Notices notices,
      FundingPolicy policy) {
    this.policy = policy;
    this.rules = rules;
    this.audit = audit;
    this.validator = validator;
    this.clock = clock;
    this.notices = notices;
  }

  @GetMapping("/funding/phases")
  String initPhaseForm(Model model) {
    List<Phase> phases = rules.phases();
    model.addAttribute(
        "phaseForm", PhaseForm.after(phases.isEmpty() ? null : phases.get(phases.size() - 1)));
    return showPhases(phases, model);
  }

  @PostMapping("/funding/phases")
  String processPhaseForm(
      @ModelAttribute("phaseForm") PhaseForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toNewPhase(), result, () -> rules.addPhase(form.toNewPhase()))) {
      notices.success(flash, "funding.phase.created");
      return "redirect:/funding/phases";
    }
    return showPhases(rules.phases(), model);
  }

  @GetMapping("/funding/schemes")
  String initSchemeForm(Model model) {
    model.addAttribute("schemeForm", new SchemeForm());
    return showSchemes(model);
  }

  /**
   * Defines a scheme; the catalogue checks every field and saves all or nothing, and refuses a user
   * who is not an officer or administrator.
   */
  @PostMapping("/funding/schemes")
  String processSchemeForm(
      @ModelAttribute("schemeForm") SchemeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator,
        form,
        result,
        () -> {
          try {
            rules.defineScheme(form.toNewScheme());
          } catch (RuleViolation refused) {
            throw SchemeForm.onForm(refused);
          }
        })) {
      notices.success(flash, "funding.scheme.created");
      return "redirect:/funding/schemes";
    }
    return showSchemes(model);
  }

  private String showSchemes(Model model) {
    model.addAttribute("catalogue", rules.schemes());
    model.addAttribute("initiatives", Initiative.values());
    model.addAttribute("applicantKinds", ApplicantKind.values());
    model.addAttribute("technologies", TechnologyCategory.values());
    model.addAttribute("canDefine", policy.mayDefineScheme());
    model.addAttribute("auditTrail", audit.recent("funding-scheme", 20));
    return "funding/schemes";
  }

  @GetMapping("/funding/calculator")
  String calculator(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String cost,
      @RequestParam(required = false) String date,
      Model model,
      Locale locale,
      HttpServletRequest request) {
    model.addAttribute("schemes", catalogue());
    model.addAttribute("scheme", scheme == null ? Scheme.ON_SITE_ASSESSMENT.name() : scheme);
    model.addAttribute("cost", cost == null ? "" : cost);
    model.addAttribute("date", date == null || date.isBlank() ? "" : date);
    model.addAttribute("phase", rules.phaseOn(null));
    if (cost != null && !cost.isBlank()) {
      try {
        Quote quote =
            rules.quote(
                QuoteParams.scheme(scheme), QuoteParams.cost(cost), QuoteParams.date(date, clock));
        model.addAttribute("quote", quote);
        model.addAttribute("quotePhase", rules.phaseName(quote.phase(), locale));
      } catch (RuleViolation violation) {
        model.addAttribute("problem", violation);
      }
    }
    return HtmxRequest.view(request, "funding/calculator", "result");
  }

  private List<Scheme> catalogue() {
    return rules.schemes().stream().map(SchemeDefinition::code).toList();
  }

  private String showPhases(List<Phase> phases, Model model) {
    List<Phase> newestFirst = new ArrayList<>(phases);
    Collections.reverse(newestFirst);
    model.addAttribute("phases", newestFirst);
    model.addAttribute("schemes", catalogue());
    model.addAttribute("canEdit", policy.mayEdit());
    model.addAttribute("auditTrail", audit.recent("funding-phase", 20));
    return PHASES;
  }
}
