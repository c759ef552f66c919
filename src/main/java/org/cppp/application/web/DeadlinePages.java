package org.cppp.application.web;

import org.cppp.application.DeadlineKind;
import org.cppp.application.Deadlines;
import org.cppp.application.ServiceStage;
import org.cppp.application.SlaStanding;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' time limits page: overdue work or one stage's service-level breaches (paged), the
 * counts per stage, and for administrators the reminder schedule and service levels to edit.
 */
@Controller
class DeadlinePages {

  private static final String BACK = "redirect:/deadlines";

  private final Deadlines deadlines;
  private final Notices notices;

  DeadlinePages(Deadlines deadlines, Notices notices) {
    this.deadlines = deadlines;
    this.notices = notices;
  }

  @GetMapping("/deadlines")
  String show(
      @RequestParam(required = false) ServiceStage stage,
      @RequestParam(defaultValue = "BREACHED") SlaStanding standing,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("stage", stage);
    model.addAttribute("standing", standing);
    model.addAttribute(
        "items",
        stage == null
            ? deadlines.overdue(DeadlineApi.page(page, 50))
            : deadlines.inStage(stage, standing, DeadlineApi.page(page, 50)));
    model.addAttribute(
        "baseUrl",
        stage == null ? "/deadlines" : "/deadlines?stage=" + stage + "&standing=" + standing);
    model.addAttribute("overdueCount", deadlines.countOverdue());
    model.addAttribute("figures", deadlines.serviceLevelFigures());
    model.addAttribute("schedule", deadlines.schedule());
    return "application/deadlines";
  }

  @PostMapping("/deadlines/schedule")
  String addStep(@RequestParam(required = false) Integer daysBefore, RedirectAttributes flash) {
    return act(flash, () -> deadlines.addStep(DeadlineKind.COMPLETION, daysBefore));
  }

  @PostMapping("/deadlines/schedule/{daysBefore}/remove")
  String removeStep(@PathVariable int daysBefore, RedirectAttributes flash) {
    return act(flash, () -> deadlines.removeStep(DeadlineKind.COMPLETION, daysBefore));
  }

  @PostMapping("/deadlines/service-levels/{stage}")
  String setServiceLevel(
      @PathVariable ServiceStage stage,
      @RequestParam(required = false) Integer daysAllowed,
      @RequestParam(required = false) Integer warningDays,
      RedirectAttributes flash) {
    return act(flash, () -> deadlines.setServiceLevel(stage, daysAllowed, warningDays));
  }

  private String act(RedirectAttributes flash, Runnable change) {
    try {
      change.run();
      notices.success(flash, "deadline.saved");
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return BACK;
  }
}
