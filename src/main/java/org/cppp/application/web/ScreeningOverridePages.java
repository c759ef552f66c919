package org.cppp.application.web;

import java.util.Locale;
import java.util.Set;
import org.cppp.application.ScreeningOverrides;
import org.cppp.application.ScreeningReport.Check;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening section's form: an officer overrides failed checks with a reason. */
@Controller
class ScreeningOverridePages {

  private final ScreeningOverrides overrides;
  private final MessageSource messages;

  ScreeningOverridePages(ScreeningOverrides overrides, MessageSource messages) {
    this.overrides = overrides;
    this.messages = messages;
  }

  @PostMapping("/applications/{reference}/screening/overrides")
  String override(
      @PathVariable String reference,
      @RequestParam(name = "checks", required = false) Set<Check> checks,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash,
      Locale locale) {
    try {
      overrides.override(reference, checks, reason);
      flash.addFlashAttribute("message", "screening.override.done");
    } catch (RuleViolation | StateConflict e) {
      flash.addFlashAttribute("errorText", messages.getMessage(e, locale));
    }
    return "redirect:/applications/" + reference;
  }
}
