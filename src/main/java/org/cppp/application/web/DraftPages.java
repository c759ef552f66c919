package org.cppp.application.web;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cppp.application.ApplicationDocuments;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.ApplicationView;
import org.cppp.application.DocumentKind;
import org.cppp.application.DraftSaved;
import org.cppp.application.FundingApplications;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Initiative;
import org.cppp.funding.Quote;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeRule;
import org.cppp.platform.FormErrors;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.shared.TechnologyCategory;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting an application and editing its draft: saved as the user types (htmx), with the
 * government share computed live from the rules, and supporting documents uploaded.
 */
@Controller
@RequestMapping("/applications")
class DraftPages {

  private static final String EDIT = "application/edit";

  private final FundingApplications applications;
  private final ApplicationDocuments documents;
  private final FundingRules rules;
  private final SmartValidator validator;
  private final MessageSource messages;
  private final Clock clock;
  private final Notices notices;

  DraftPages(
      FundingApplications applications,
      ApplicationDocuments documents,
      FundingRules rules,
      SmartValidator validator,
      MessageSource messages,
      Clock clock,
      Notices notices) {
    this.applications = applications;
    this.documents = documents;
    this.rules = rules;
    this.validator = validator;
    this.messages = messages;
    this.clock = clock;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute(
        "schemes", rules.phaseOn(null).rules().stream().map(SchemeRule::scheme).toList());
    model.addAttribute("schemeTerms", termsInForce());
    model.addAttribute("technologies", TechnologyCategory.values());
    model.addAttribute("documentKinds", DocumentKind.values());
  }

  /**
   * Each scheme's share (in per cent) and ceiling under the phase in force today, for help text.
   */
  private Map<Scheme, List<String>> termsInForce() {
    DecimalFormat amount =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    Map<Scheme, List<String>> terms = new TreeMap<>();
    for (SchemeRule rule : rules.phaseOn(null).rules()) {
      terms.put(
          rule.scheme(),
          List.of(
              rule.share().movePointRight(2).stripTrailingZeros().toPlainString(),
              rule.ceilingHkd() == null ? "-" : amount.format(rule.ceilingHkd())));
    }
    return terms;
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    List<String> mine = applications.draftableFactories();
    model.addAttribute("factoryBr", mine.isEmpty() ? null : mine.get(0));
    model.addAttribute("ownFactories", mine);
    return "application/new";
  }

  @PostMapping("/new")
  String processCreateForm(
      @RequestParam(required = false) String factoryBr,
      @RequestParam(required = false) Scheme scheme,
      Model model,
      Locale locale) {
    try {
      ApplicationView created = applications.create(factoryBr, scheme, ApplicationDraft.empty());
      return "redirect:/applications/" + created.reference() + "/edit";
    } catch (RuleViolation e) {
      model.addAttribute("factoryBr", factoryBr);
      model.addAttribute("ownFactories", applications.draftableFactories());
      model.addAttribute("scheme", scheme);
      notices.failure(model, e);
      return "application/new";
    }
  }

  @GetMapping("/{reference}/edit")
  String initUpdateForm(@PathVariable String reference, Model model) {
    ApplicationView application = applications.get(reference);
    if (!application.editable()) {
      return "redirect:/applications/" + reference;
    }
    model.addAttribute("draftForm", DraftForm.of(application));
    return edit(application, model);
  }

  @PostMapping("/{reference}/edit")
  String processUpdateForm(
      @PathVariable String reference,
      @ModelAttribute("draftForm") DraftForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String intent,
      Model model,
      RedirectAttributes flash,
      Locale locale) {
    try {
      DraftIntent asked = DraftIntent.of(intent);
      ApplicationView saved = save(reference, form, result);
      asked.requireComplete(reference, applications, result);
      return result.hasErrors()
          ? edit(saved, model)
          : asked.finish(reference, applications, notices, flash);
    } catch (RuleViolation violation) {
      FormErrors.reject(result, violation);
      return edit(applications.get(reference), model);
    } catch (StateConflict conflict) {
      notices.failure(flash, conflict);
      return "redirect:/applications/" + reference;
    }
  }

  /**
   * htmx: saves every acceptable field as the user types and answers with the status line, the
   * share, and (out of band) each field's error message next to its input.
   */
  @PostMapping("/{reference}/autosave")
  String autosave(
      @PathVariable String reference,
      @ModelAttribute("draftForm") DraftForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    ApplicationView application;
    try {
      application = save(reference, form, result);
      model.addAttribute("savedAt", LocalTime.now(clock).withNano(0));
    } catch (StateConflict e) {
      application = applications.get(reference);
      model.addAttribute("autosaveError", messages.getMessage(e, locale));
    }
    model.addAttribute("app", application);
    model.addAttribute("initiative", initiative(application));
    model.addAttribute("fields", form.fields(initiative(application)));
    model.addAttribute("quote", quote(application));
    return "application/edit :: autosave";
  }

  /** Saves what is acceptable of the form; what is not is put on the form, next to its field. */
  private ApplicationView save(String reference, DraftForm form, BindingResult result) {
    ApplicationDraft draft =
        form.acceptable(validator, result, applications.get(reference).draft());
    DraftSaved saved = applications.saveAcceptable(reference, draft);
    saved.refused().forEach(v -> FormErrors.reject(result, v));
    return saved.application();
  }

  @PostMapping("/{reference}/documents")
  String upload(
      @PathVariable String reference,
      @RequestParam(required = false) DocumentKind kind,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes flash,
      Locale locale)
      throws IOException {
    try {
      documents.upload(reference, kind, file.getOriginalFilename(), file.getBytes());
      notices.success(flash, "document.uploaded");
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    ApplicationView application = applications.get(reference);
    return "redirect:/applications/" + reference + (application.editable() ? "/edit" : "");
  }

  @GetMapping("/{reference}/documents/{id}")
  ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable long id) {
    return Downloads.attachment(documents.download(reference, id));
  }

  private String edit(ApplicationView application, Model model) {
    model.addAttribute("app", application);
    model.addAttribute("initiative", initiative(application));
    model.addAttribute("documents", documents.of(application.reference()));
    model.addAttribute("quote", quote(application));
    return EDIT;
  }

  /** The initiative of the application's scheme: which of the form's fields it takes. */
  private Initiative initiative(ApplicationView application) {
    return rules.scheme(application.scheme()).initiative();
  }

  /** The share of the cost as saved (never of unchecked input), under the rules that apply. */
  private Quote quote(ApplicationView application) {
    LocalDate on =
        application.submittedOn() == null ? LocalDate.now(clock) : application.submittedOn();
    try {
      return rules.quote(application.scheme(), application.totalCostHkd(), on);
    } catch (RuleViolation e) {
      return null;
    }
  }
}
