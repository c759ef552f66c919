package org.cppp.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.cppp.application.ApplicationQuery;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.committee.AgendaItemView;
import org.cppp.committee.Circulations;
import org.cppp.committee.MeetingAgendas;
import org.cppp.committee.MeetingAttendance;
import org.cppp.committee.MeetingPage;
import org.cppp.committee.MeetingView;
import org.cppp.committee.Meetings;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeDefinition;
import org.cppp.platform.FormErrors;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's home, the meetings list, scheduling, a meeting's page and its agenda. */
@Controller
@RequestMapping("/committee")
class MeetingPages {

  private final Meetings meetings;
  private final MeetingAgendas agendas;
  private final MeetingAttendance attendance;
  private final Circulations circulations;
  private final FundingApplications applications;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;
  private final FundingRules rules;

  MeetingPages(
      Meetings meetings,
      MeetingAgendas agendas,
      MeetingAttendance attendance,
      Circulations circulations,
      FundingApplications applications,
      AuditTrail audit,
      SmartValidator validator,
      Notices notices,
      FundingRules rules) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.attendance = attendance;
    this.circulations = circulations;
    this.applications = applications;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
    this.rules = rules;
  }

  @GetMapping
  String home(Model model) {
    List<MeetingView> upcoming = meetings.upcoming();
    model.addAttribute("next", upcoming.isEmpty() ? null : upcoming.get(0));
    model.addAttribute(
        "papers", upcoming.isEmpty() ? List.of() : agendas.papers(upcoming.get(0).id()));
    model.addAttribute("due", attendance.declarationsDue());
    model.addAttribute("awaiting", circulations.awaitingMyVote());
    model.addAttribute("upcoming", upcoming);
    return "committee/home";
  }

  @GetMapping("/meetings")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("meetings", meetings.list(PageRequest.of(Math.max(page, 0), 25)));
    if (!model.containsAttribute("meetingForm")) {
      model.addAttribute("meetingForm", new MeetingForm());
    }
    return "committee/meetings";
  }

  @PostMapping("/meetings")
  String processScheduleForm(
      @ModelAttribute("meetingForm") MeetingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    validator.validate(form.toNewMeeting(), result);
    if (!result.hasErrors()) {
      try {
        MeetingView meeting = meetings.schedule(form.toNewMeeting());
        notices.success(flash, "committee.meeting.scheduled");
        return "redirect:/committee/meetings/" + meeting.id();
      } catch (RuleViolation violation) {
        FormErrors.reject(result, violation);
      }
    }
    return list(0, model);
  }

  @GetMapping("/meetings/{id}")
  String show(@PathVariable long id, Model model) {
    MeetingPage page = meetings.page(id);
    model.addAllAttributes(page.asModel());
    List<SchemeDefinition> catalogue = rules.schemes();
    model.addAttribute("schemes", catalogue.stream().map(SchemeDefinition::code).toList());
    model.addAttribute(
        "delegable",
        catalogue.stream().filter(s -> !s.needsCommittee()).map(SchemeDefinition::code).toList());
    if (page.manager()) {
      model.addAttribute("candidates", candidates(null));
      model.addAttribute("auditTrail", audit.of("meeting", String.valueOf(id)));
    }
    return "committee/meeting";
  }

  @GetMapping("/meetings/{id}/candidates")
  String candidates(
      @PathVariable long id, @RequestParam(required = false) Scheme scheme, Model model) {
    model.addAttribute("meeting", meetings.get(id));
    model.addAttribute("candidates", candidates(scheme));
    return "committee/meeting :: candidates";
  }

  @PostMapping("/meetings/{id}/items")
  String addItem(@PathVariable long id, AgendaItemForm form, RedirectAttributes flash) {
    try {
      form.addTo(id, agendas);
      notices.success(flash, "committee.agenda.added");
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    }
    return "redirect:/committee/meetings/" + id + "#agenda";
  }

  @PostMapping("/meetings/{id}/items/{itemId}/move")
  String move(
      @PathVariable long id,
      @PathVariable long itemId,
      @RequestParam int direction,
      Model model,
      HttpServletRequest request) {
    agendas.move(id, itemId, direction);
    if (HtmxRequest.is(request)) {
      show(id, model);
      return "committee/meeting :: agenda";
    }
    return "redirect:/committee/meetings/" + id + "#agenda";
  }

  @PostMapping("/meetings/{id}/group-by-scheme")
  String groupByScheme(@PathVariable long id) {
    List<Long> order =
        agendas.agenda(id).stream()
            .sorted(
                Comparator.comparing(
                    AgendaItemView::scheme, Comparator.nullsLast(Comparator.naturalOrder())))
            .map(AgendaItemView::id)
            .toList();
    agendas.reorder(id, order);
    return "redirect:/committee/meetings/" + id + "#agenda";
  }

  @PostMapping("/meetings/{id}/items/{itemId}/remove")
  String remove(@PathVariable long id, @PathVariable long itemId, RedirectAttributes flash) {
    agendas.removeItem(id, itemId);
    notices.success(flash, "committee.agenda.removed");
    return "redirect:/committee/meetings/" + id + "#agenda";
  }

  @PostMapping("/meetings/{id}/status/{transition}")
  String transition(
      @PathVariable long id, @PathVariable String transition, RedirectAttributes flash) {
    switch (transition) {
      case "circulate" -> meetings.circulatePapers(id);
      case "held" -> meetings.markHeld(id);
      case "cancel" -> meetings.cancel(id);
      default -> throw new NotFoundException("Transition", transition);
    }
    notices.success(flash, "committee.meeting.updated");
    return "redirect:/committee/meetings/" + id;
  }

  private List<ApplicationView> candidates(Scheme scheme) {
    return applications
        .search(
            new ApplicationQuery(
                scheme, ApplicationStatus.READY_FOR_COMMITTEE, null, null, null, null, null, null),
            PageRequest.of(0, 200, Sort.by("scheme", "id")))
        .getContent();
  }
}
