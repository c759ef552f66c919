package org.cppp.verification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.cppp.platform.FormErrors;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.Carrier;
import org.cppp.verification.CaseStatus;
import org.cppp.verification.CaseView;
import org.cppp.verification.IpmvpOption;
import org.cppp.verification.Region;
import org.cppp.verification.Technologies;
import org.cppp.verification.VerificationCandidates;
import org.cppp.verification.VerificationCases;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cases a user may see (paged in the database, by status) and opening a case. */
@Controller
@RequestMapping("/verifications")
class CaseListPages {

  private static final String LIST = "verification/list";
  private static final String NEW = "verification/new";
  private static final int PAGE_SIZE = 25;

  private final VerificationCases cases;
  private final VerificationCandidates candidates;
  private final SmartValidator validator;
  private final Technologies technologies;
  private final Notices notices;

  CaseListPages(
      VerificationCases cases,
      VerificationCandidates candidates,
      SmartValidator validator,
      Technologies technologies,
      Notices notices) {
    this.cases = cases;
    this.candidates = candidates;
    this.validator = validator;
    this.technologies = technologies;
    this.notices = notices;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("mayOpen", cases.mayOpen());
    model.addAttribute("status", status);
    model.addAttribute("cases", cases.search(status, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    model.addAttribute("pageBase", "/verifications" + (status == null ? "" : "?status=" + status));
    return HtmxRequest.view(request, LIST, "results");
  }

  @GetMapping("/new")
  String initCaseForm(
      @RequestParam(required = false) String application,
      @RequestParam(required = false) String text,
      Model model,
      HttpServletRequest request) {
    CaseForm form = new CaseForm();
    form.setApplication(application);
    model.addAttribute("caseForm", form);
    candidates(text, model);
    return HtmxRequest.view(request, NEW, "candidates");
  }

  @PostMapping("/new")
  String processCaseForm(
      @ModelAttribute("caseForm") CaseForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    Optional<CaseView> opened = Optional.empty();
    try {
      opened = FormSubmission.save(validator, form, result, () -> cases.open(form.toCommand()));
    } catch (StateConflict conflict) {
      result.reject(conflict.messageKey(), conflict.arguments(), conflict.messageKey());
    } catch (NotFoundException missing) {
      FormErrors.reject(
          result,
          new RuleViolation(
              "application", "verification.application.unknown", form.getApplication()));
    }
    if (opened.isPresent()) {
      notices.success(flash, "verification.opened");
      return "redirect:/verifications/" + opened.get().id();
    }
    candidates(null, model);
    return NEW;
  }

  private void candidates(String text, Model model) {
    String query = text == null ? null : text.strip();
    if (query != null && query.length() > 100) {
      query = query.substring(0, 100);
    }
    model.addAttribute("text", query);
    model.addAttribute("candidates", candidates.find(query));
    model.addAttribute("options", IpmvpOption.values());
    model.addAttribute("regions", Region.grids());
    model.addAttribute("carrierChoices", Carrier.values());
    model.addAttribute("technologies", TechnologyCategory.values());
    model.addAttribute("namedTechnologies", technologies.all());
  }
}
