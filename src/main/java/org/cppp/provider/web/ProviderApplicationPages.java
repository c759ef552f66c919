package org.cppp.provider.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.platform.RateLimited;
import org.cppp.provider.NewProviderApplication;
import org.cppp.provider.ProviderApplications;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.Specialism;
import org.cppp.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public form a provider fills in to join the register, and the mailed link that confirms the
 * sender's e-mail. No sign-in needed.
 */
@Controller
@RequestMapping("/providers/apply")
class ProviderApplicationPages {

  private static final String FORM = "provider/apply";
  private static final String CONFIRM = "provider/apply-confirm";

  private final ProviderApplications applications;
  private final SmartValidator validator;
  private final MessageSource messages;
  private final Notices notices;

  ProviderApplicationPages(
      ProviderApplications applications,
      SmartValidator validator,
      MessageSource messages,
      Notices notices) {
    this.applications = applications;
    this.validator = validator;
    this.messages = messages;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("allBases", List.of(ProviderBase.values()));
    model.addAttribute("allSpecialisms", List.of(Specialism.values()));
  }

  @GetMapping
  String initCreateForm(Model model) {
    model.addAttribute("applicationForm", new ProviderApplicationForm());
    return FORM;
  }

  @PostMapping
  @RateLimited("provider-application")
  String processCreateForm(
      @ModelAttribute("applicationForm") ProviderApplicationForm form,
      BindingResult result,
      Locale locale)
      throws IOException {
    if (!form.isBlankTrap()) {
      return "redirect:/providers/apply/sent";
    }
    NewProviderApplication command = form.toCommand();
    return FormSubmission.save(
            validator, command, result, () -> applications.submit(command, locale))
        .map(sent -> "redirect:/providers/apply/sent")
        .orElse(FORM);
  }

  @GetMapping("/sent")
  String sent() {
    return "provider/apply-sent";
  }

  @GetMapping("/confirm/{token}")
  String initConfirmForm(@PathVariable String token, Model model) {
    model.addAttribute("confirmation", applications.confirmation(token));
    model.addAttribute("token", token);
    return CONFIRM;
  }

  @PostMapping("/confirm/{token}")
  String processConfirmForm(@PathVariable String token, Model model, Locale locale) {
    model.addAttribute("token", token);
    try {
      model.addAttribute("confirmation", applications.confirm(token));
    } catch (RuleViolation refused) {
      model.addAttribute("confirmation", applications.confirmation(token));
      notices.failure(model, refused);
    }
    return CONFIRM;
  }
}
