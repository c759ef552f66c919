package org.cppp.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationQuery;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.FundingApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.committee.AgendaItemView;
import org.cppp.committee.Circulations;
import org.cppp.committee.CommitteeMembers;
import org.cppp.committee.DeclarationView;
import org.cppp.committee.Declarations;
import org.cppp.committee.DelegatedDecisionView;
import org.cppp.committee.Delegations;
import org.cppp.committee.MeetingDecisions;
import org.cppp.committee.MeetingStatus;
import org.cppp.committee.MeetingView;
import org.cppp.committee.Meetings;
import org.cppp.committee.MemberView;
import org.cppp.committee.Minutes;
import org.cppp.funding.Scheme;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.cppp.platform.FormErrors;
import org.cppp.platform.HtmxRequest;
import org.cppp.shared.RuleViolation;
import org.springframework.context.MessageSource;
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
  private final Declarations declarations;
  private final MeetingDecisions decisions;
  private final Minutes minutes;
  private final CommitteeMembers members;
  private final Circulations circulations;
  private final Delegations delegations;
  private final FundingApplications applications;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final MessageSource messages;

  MeetingPages(
      Meetings meetings,
      Declarations declarations,
      MeetingDecisions decisions,
      Minutes minutes,
      CommitteeMembers members,
      Circulations circulations,
      Delegations delegations,
      FundingApplications applications,
      AuditTrail audit,
      SmartValidator validator,
      MessageSource messages) {
    this.meetings = meetings;
    this.declarations = declarations;
    this.decisions = decisions;
    this.minutes = minutes;
    this.members = members;
    this.circulations = circulations;
    this.delegations = delegations;
    this.applications = applications;
    this.audit = audit;
    this.validator = validator;
    this.messages = messages;
  }

  @ModelAttribute("officer")
  boolean officer() {
    return CurrentUser.current().hasAny(Role.OFFICER, Role.ADMIN);
  }

  @GetMapping
  String home(Model model) {
    List<MeetingView> upcoming = meetings.upcoming();
    model.addAttribute("next", upcoming.isEmpty() ? null : upcoming.get(0));
    model.addAttribute(
        "papers", upcoming.isEmpty() ? List.of() : meetings.papers(upcoming.get(0).id()));
    model.addAttribute("due", declarations.due());
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
        flash.addFlashAttribute("message", "committee.meeting.scheduled");
        return "redirect:/committee/meetings/" + meeting.id();
      } catch (RuleViolation violation) {
        FormErrors.reject(result, violation);
      }
    }
    return list(0, model);
  }

  @GetMapping("/meetings/{id}")
  String show(@PathVariable long id, Model model, HttpServletRequest request) {
    MeetingView meeting = meetings.get(id);
    List<AgendaItemView> items = meetings.agenda(id);
    CurrentUser user = CurrentUser.current();
    MemberView me = members.mine(meeting.date()).orElse(null);
    List<DeclarationView> all = declarations.of(id);
    model.addAttribute("meeting", meeting);
    model.addAttribute("items", items);
    model.addAttribute("papers", meetings.papers(id));
    model.addAttribute("attendance", meetings.attendance(id));
    model.addAttribute("sitting", members.sittingOn(meeting.date()));
    model.addAttribute("quorum", decisions.quorum(id));
    model.addAttribute(
        "itemQuorum",
        items.stream()
            .collect(Collectors.toMap(AgendaItemView::id, i -> decisions.quorum(id, i.id()))));
    model.addAttribute("declarations", all);
    model.addAttribute("me", me);
    model.addAttribute(
        "mine",
        me == null
            ? Map.of()
            : all.stream()
                .filter(d -> d.memberId() == me.id())
                .collect(Collectors.toMap(DeclarationView::itemId, Function.identity())));
    model.addAttribute(
        "hints",
        declarations.proposed(id).stream()
            .collect(Collectors.groupingBy(org.cppp.committee.ConflictHint::itemId)));
    model.addAttribute(
        "undeclared",
        me == null
            ? 0
            : items.stream()
                .filter(i -> i.awaitsDecision())
                .filter(
                    i ->
                        all.stream()
                            .noneMatch(d -> d.memberId() == me.id() && d.itemId() == i.id()))
                .count());
    model.addAttribute("delegations", delegations.ofMeeting(id));
    model.addAttribute(
        "noted",
        delegations.forNoting(id).stream()
            .collect(Collectors.toMap(DelegatedDecisionView::notingItemId, Function.identity())));
    model.addAttribute("mayEditMinutes", minutes.mayEdit(id));
    model.addAttribute("schemes", Scheme.values());
    model.addAttribute("statuses", MeetingStatus.values());
    if (user.hasAny(Role.OFFICER, Role.ADMIN)) {
      model.addAttribute("candidates", candidates(null));
      model.addAttribute("earlier", earlier(meeting));
      model.addAttribute(
          "later",
          meetings.list(PageRequest.of(0, 50)).getContent().stream()
              .filter(m -> m.date().isAfter(meeting.date()))
              .filter(m -> m.status() != MeetingStatus.SCHEDULED)
              .filter(m -> m.status() != MeetingStatus.CIRCULATED)
              .filter(m -> m.status() != MeetingStatus.CANCELLED)
              .toList());
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
  String addItem(
      @PathVariable long id,
      @RequestParam(required = false) String applicationRef,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) Long confirmsMeeting,
      RedirectAttributes flash,
      Locale locale) {
    try {
      if (applicationRef != null && !applicationRef.isBlank()) {
        meetings.addApplication(id, applicationRef.trim());
      } else if (confirmsMeeting != null) {
        meetings.addMinutesConfirmation(id, confirmsMeeting);
      } else {
        meetings.addMatter(id, title, description);
      }
      flash.addFlashAttribute("message", "committee.agenda.added");
    } catch (RuleViolation e) {
      flash.addFlashAttribute("errorText", messages.getMessage(e, locale));
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
    meetings.move(id, itemId, direction);
    if (HtmxRequest.is(request)) {
      show(id, model, request);
      return "committee/meeting :: agenda";
    }
    return "redirect:/committee/meetings/" + id + "#agenda";
  }

  @PostMapping("/meetings/{id}/group-by-scheme")
  String groupByScheme(@PathVariable long id) {
    List<Long> order =
        meetings.agenda(id).stream()
            .sorted(
                Comparator.comparing(
                    (AgendaItemView i) -> i.scheme() == null ? 99 : i.scheme().ordinal()))
            .map(AgendaItemView::id)
            .toList();
    meetings.reorder(id, order);
    return "redirect:/committee/meetings/" + id + "#agenda";
  }

  @PostMapping("/meetings/{id}/items/{itemId}/remove")
  String remove(@PathVariable long id, @PathVariable long itemId, RedirectAttributes flash) {
    meetings.removeItem(id, itemId);
    flash.addFlashAttribute("message", "committee.agenda.removed");
    return "redirect:/committee/meetings/" + id + "#agenda";
  }

  @PostMapping("/meetings/{id}/status/{transition}")
  String transition(
      @PathVariable long id, @PathVariable String transition, RedirectAttributes flash) {
    switch (transition) {
      case "circulate" -> meetings.circulatePapers(id);
      case "held" -> meetings.markHeld(id);
      case "cancel" -> meetings.cancel(id);
      default -> throw new org.cppp.shared.NotFoundException("Transition", transition);
    }
    flash.addFlashAttribute("message", "committee.meeting.updated");
    return "redirect:/committee/meetings/" + id;
  }

  private List<org.cppp.application.ApplicationView> candidates(Scheme scheme) {
    return applications
        .search(
            new ApplicationQuery(
                scheme, ApplicationStatus.READY_FOR_COMMITTEE, null, null, null, null, null, null),
            PageRequest.of(0, 200, Sort.by("scheme", "id")))
        .getContent();
  }

  private List<MeetingView> earlier(MeetingView meeting) {
    return meetings.list(PageRequest.of(0, 50)).getContent().stream()
        .filter(m -> m.date().isBefore(meeting.date()))
        .filter(m -> m.status() == MeetingStatus.MINUTES_DRAFTED)
        .toList();
  }
}
