package org.cppp.site.web;

import java.util.Locale;
import org.cppp.factory.Factories;
import org.cppp.factory.Sector;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.platform.RateLimited;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.cppp.site.AccountRequests;
import org.cppp.site.NewAccountRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A factory asks for an applicant account; officers approve or reject the requests, and for a
 * factory already registered ask its registered contact to confirm, whose link lands here too.
 */
@Controller
class AccountRequestPages {

  private static final String FORM = "site/register";

  private final AccountRequests requests;
  private final Factories factories;
  private final SmartValidator validator;
  private final Notices notices;

  AccountRequestPages(
      AccountRequests requests, Factories factories, SmartValidator validator, Notices notices) {
    this.requests = requests;
    this.factories = factories;
    this.validator = validator;
    this.notices = notices;
  }

  @GetMapping("/register")
  String initCreateForm(Model model) {
    model.addAttribute("request", new RegistrationForm());
    return form(model);
  }

  @PostMapping("/register")
  @RateLimited("account-request")
  String processCreateForm(
      @ModelAttribute("request") RegistrationForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    if (!form.isBlankTrap()) {
      return "redirect:/register/sent";
    }
    NewAccountRequest command = form.toCommand();
    return FormSubmission.save(validator, command, result, () -> requests.submit(command, locale))
        .map(saved -> "redirect:/register/sent")
        .orElseGet(() -> form(model));
  }

  @GetMapping("/register/sent")
  String sent() {
    return "site/register-sent";
  }

  @GetMapping("/site/account-requests")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("requests", requests.pending(PageRequest.of(Math.max(page, 0), 20)));
    return "site/account-requests";
  }

  @PostMapping("/site/account-requests/{id}/approve")
  String approve(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      RedirectAttributes flash,
      Locale locale) {
    return act(() -> requests.approve(id, note), "site.requests.approved", flash, locale);
  }

  @PostMapping("/site/account-requests/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash,
      Locale locale) {
    return act(() -> requests.reject(id, reason), "site.requests.rejected", flash, locale);
  }

  @PostMapping("/site/account-requests/{id}/ask-contact")
  String askContact(@PathVariable long id, RedirectAttributes flash, Locale locale) {
    return act(
        () -> requests.askRegisteredContact(id), "site.requests.contact.asked", flash, locale);
  }

  @PostMapping("/site/account-requests/{id}/offline-confirmation")
  String confirmOffline(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash,
      Locale locale) {
    return act(
        () -> requests.recordOfflineConfirmation(id, reason),
        "site.requests.offline.recorded",
        flash,
        locale);
  }

  @GetMapping("/register/confirm/{token}")
  String initConfirmationForm(@PathVariable String token, Model model) {
    model.addAttribute("confirmation", requests.confirmation(token));
    model.addAttribute("token", token);
    return "site/contact-confirm";
  }

  @PostMapping("/register/confirm/{token}")
  String processConfirmationForm(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String decision,
      Model model,
      Locale locale) {
    model.addAttribute("token", token);
    try {
      model.addAttribute("confirmation", requests.answer(token, "confirm".equals(decision)));
      model.addAttribute("answered", true);
    } catch (RuleViolation | StateConflict e) {
      model.addAttribute("confirmation", requests.confirmation(token));
      notices.failure(model, e);
    }
    return "site/contact-confirm";
  }

  /** Runs an officer's action on a request and says how it went on the list. */
  private String act(Runnable action, String done, RedirectAttributes flash, Locale locale) {
    try {
      action.run();
      notices.success(flash, done);
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/site/account-requests";
  }

  private String form(Model model) {
    model.addAttribute("cities", factories.cities());
    model.addAttribute("sectors", Sector.values());
    return FORM;
  }
}
