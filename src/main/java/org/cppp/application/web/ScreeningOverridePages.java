package org.cppp.application.web;

import java.util.Set;
import org.cppp.application.ScreeningOverrides;
import org.cppp.application.ScreeningReport.Check;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The screening section's form: an officer overrides failed checks with a reason. */
@Controller
class ScreeningOverridePages {

  private final ScreeningOverrides overrides;
  private final Notices notices;

  ScreeningOverridePages(ScreeningOverrides overrides, Notices notices) {
    this.overrides = overrides;
    this.notices = notices;
  }

  @PostMapping("/applications/{reference}/screening/overrides")
  String override(
      @PathVariable String reference,
      @RequestParam(name = "checks", required = false) Set<Check> checks,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    try {
      overrides.override(reference, checks, reason);
      notices.success(flash, "screening.override.done");
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/applications/" + reference;
  }
}
