package org.cppp.verification.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.verification.CarrierResult;
import org.cppp.verification.CaseActions;
import org.cppp.verification.CaseView;
import org.cppp.verification.Technologies;
import org.cppp.verification.Technology;
import org.cppp.verification.VerificationCases;
import org.cppp.verification.VerificationEvidence;
import org.cppp.verification.VerificationResult;
import org.cppp.verification.VerificationResults;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's page: what is verified and how, the model statistics and savings, the chart, evidence,
 * and the actions this user may take (submit, return with comments, sign, re-compute).
 */
@Controller
@RequestMapping("/verifications/{id}")
class CasePages {

  private final VerificationCases cases;
  private final VerificationResults results;
  private final VerificationEvidence evidence;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Technologies technologies;
  private final Notices notices;

  CasePages(
      VerificationCases cases,
      VerificationResults results,
      VerificationEvidence evidence,
      AuditTrail audit,
      MessageSource messages,
      Technologies technologies,
      Notices notices) {
    this.technologies = technologies;
    this.cases = cases;
    this.results = results;
    this.evidence = evidence;
    this.audit = audit;
    this.messages = messages;
    this.notices = notices;
  }

  @GetMapping
  String show(@PathVariable long id, Model model, Locale locale) {
    CaseView view = cases.get(id);
    CaseActions actions = cases.actions(id);
    model.addAttribute("verification", view);
    model.addAttribute("actions", actions);
    model.addAttribute("evidence", evidence.list(id));
    model.addAttribute(
        "technologyNames",
        technologies.all().stream()
            .collect(java.util.stream.Collectors.toMap(Technology::code, t -> t.name(locale))));
    result(id, model, locale);
    if (actions.report()) {
      model.addAttribute("snapshots", results.snapshots(id));
    }
    if (actions.history()) {
      model.addAttribute("auditTrail", audit.of("verification", String.valueOf(id)));
    }
    return "verification/show";
  }

  @PostMapping("/submit")
  String submit(@PathVariable long id, RedirectAttributes flash, Locale locale) {
    return act(id, flash, locale, "verification.submitted", () -> cases.submit(id));
  }

  @PostMapping("/return")
  String returnCase(
      @PathVariable long id,
      @RequestParam(required = false) String comments,
      RedirectAttributes flash,
      Locale locale) {
    return act(id, flash, locale, "verification.returned", () -> cases.returnCase(id, comments));
  }

  @PostMapping("/sign")
  String sign(@PathVariable long id, RedirectAttributes flash, Locale locale) {
    return act(id, flash, locale, "verification.signed", () -> cases.sign(id));
  }

  @PostMapping("/recompute")
  String recompute(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash,
      Locale locale) {
    return act(id, flash, locale, "verification.recomputed", () -> results.recompute(id, reason));
  }

  /** The result as it stands (live until signed), or why it cannot be computed yet. */
  private void result(long id, Model model, Locale locale) {
    try {
      VerificationResult result = results.result(id, null);
      Map<String, String> charts = new LinkedHashMap<>();
      for (CarrierResult c : result.carriers()) {
        charts.put(c.carrier().name(), ChartData.json(c, messages, locale));
      }
      model.addAttribute("result", result);
      model.addAttribute("charts", charts);
    } catch (RuleViolation refusal) {
      model.addAttribute("resultError", messages.getMessage(refusal, locale));
    }
  }

  private String act(
      long id, RedirectAttributes flash, Locale locale, String done, Runnable action) {
    try {
      action.run();
      notices.success(flash, done);
    } catch (RuleViolation | StateConflict refusal) {
      notices.failure(flash, Refusals.labelled(messages, refusal, locale));
    }
    return "redirect:/verifications/" + id;
  }
}
