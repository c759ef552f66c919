package org.cppp.retention.web;

import org.cppp.platform.Notices;
import org.cppp.retention.RetentionRules;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention rules: officers read them, administrators change a period. */
@Controller
@RequestMapping("/retention")
class RetentionPages {

  private final RetentionRules rules;
  private final Notices notices;

  RetentionPages(RetentionRules rules, Notices notices) {
    this.rules = rules;
    this.notices = notices;
  }

  @GetMapping
  String rules(Model model) {
    model.addAttribute("rules", rules.list());
    return "retention/rules";
  }

  @PostMapping("/rules/{kind}")
  String processPeriodForm(
      @PathVariable String kind, @RequestParam int periodMonths, RedirectAttributes flash) {
    try {
      rules.change(kind, periodMonths);
      notices.success(flash, "retention.period.changed");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/retention";
  }
}
