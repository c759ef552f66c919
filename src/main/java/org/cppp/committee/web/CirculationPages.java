package org.cppp.committee.web;

import java.time.LocalDate;
import java.util.List;
import org.cppp.committee.CirculationView;
import org.cppp.committee.Circulations;
import org.cppp.committee.CommitteePolicy;
import org.cppp.committee.Vote;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Decisions by circulation: officers circulate and close, members vote. */
@Controller
@RequestMapping("/committee/circulations")
class CirculationPages {

  private final Circulations circulations;
  private final CommitteePolicy policy;
  private final Notices notices;

  CirculationPages(Circulations circulations, CommitteePolicy policy, Notices notices) {
    this.circulations = circulations;
    this.policy = policy;
    this.notices = notices;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("circulations", circulations.all());
    model.addAttribute(
        "votable", circulations.votable().stream().map(CirculationView::id).toList());
    model.addAttribute("closable", policy.mayManageMeetings() ? circulations.due() : List.of());
    model.addAttribute("votes", Vote.values());
    return "committee/circulations";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("circulation", circulations.get(id));
    model.addAttribute("application", circulations.application(id));
    return "committee/circulation";
  }

  @PostMapping
  String start(
      @RequestParam String applicationRef,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate deadline,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    try {
      circulations.start(applicationRef.trim(), deadline, note);
      notices.success(flash, "committee.circulation.started");
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return "redirect:/committee/circulations";
  }

  @PostMapping("/{id}/vote")
  String vote(
      @PathVariable long id,
      @RequestParam Vote vote,
      @RequestParam(required = false) String comment,
      RedirectAttributes flash) {
    try {
      circulations.vote(id, vote, comment);
      notices.success(flash, "committee.circulation.voted");
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return "redirect:/committee/circulations";
  }

  @PostMapping("/{id}/close")
  String close(@PathVariable long id, RedirectAttributes flash) {
    try {
      circulations.close(id);
      notices.success(flash, "committee.circulation.closed-ok");
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return "redirect:/committee/circulations";
  }
}
