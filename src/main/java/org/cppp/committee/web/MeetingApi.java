package org.cppp.committee.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.cppp.committee.AgendaItemView;
import org.cppp.committee.AttendanceStatus;
import org.cppp.committee.AttendanceView;
import org.cppp.committee.ConflictHint;
import org.cppp.committee.DecisionInput;
import org.cppp.committee.DecisionView;
import org.cppp.committee.DeclarationView;
import org.cppp.committee.DelegatedAuthority;
import org.cppp.committee.DelegatedDecisionView;
import org.cppp.committee.MeetingAgendas;
import org.cppp.committee.MeetingAttendance;
import org.cppp.committee.MeetingMinutes;
import org.cppp.committee.MeetingPack;
import org.cppp.committee.MeetingView;
import org.cppp.committee.Meetings;
import org.cppp.committee.NewDelegation;
import org.cppp.committee.NewMeeting;
import org.cppp.committee.PackItem;
import org.cppp.committee.PaperView;
import org.cppp.committee.QuorumCheck;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Committee meetings: {@code /api/committee/meetings}. */
@RestController
@RequestMapping("/api/committee/meetings")
class MeetingApi {

  private final Meetings meetings;
  private final MeetingAgendas agendas;
  private final MeetingAttendance attendance;
  private final MeetingMinutes minutes;

  MeetingApi(
      Meetings meetings,
      MeetingAgendas agendas,
      MeetingAttendance attendance,
      MeetingMinutes minutes) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.attendance = attendance;
    this.minutes = minutes;
  }

  @GetMapping
  Page<MeetingView> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return meetings.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MeetingView create(@Valid @RequestBody NewMeeting meeting) {
    return meetings.schedule(meeting);
  }

  @GetMapping("/{id}")
  MeetingView get(@PathVariable long id) {
    return meetings.get(id);
  }

  @PostMapping("/{id}/{transition:circulate|held|cancel}")
  MeetingView transition(@PathVariable long id, @PathVariable String transition) {
    return switch (transition) {
      case "circulate" -> meetings.circulatePapers(id);
      case "held" -> meetings.markHeld(id);
      default -> meetings.cancel(id);
    };
  }

  @GetMapping("/{id}/items")
  List<AgendaItemView> items(@PathVariable long id) {
    return agendas.agenda(id);
  }

  /** Adds an application, its variation request, a matter or a confirmation. */
  @PostMapping("/{id}/items")
  @ResponseStatus(HttpStatus.CREATED)
  AgendaItemView addItem(@PathVariable long id, @RequestBody AgendaItemForm request) {
    return request.addTo(id, agendas);
  }

  @PutMapping("/{id}/items/order")
  List<AgendaItemView> reorder(@PathVariable long id, @RequestBody List<Long> itemIds) {
    return agendas.reorder(id, itemIds);
  }

  @GetMapping("/{id}/items/{itemId}/summary")
  PackItem summary(@PathVariable long id, @PathVariable long itemId) {
    return meetings.summary(id, itemId);
  }

  @GetMapping("/{id}/items/{itemId}/quorum")
  QuorumCheck itemQuorum(@PathVariable long id, @PathVariable long itemId) {
    return meetings.quorum(id, itemId);
  }

  @PostMapping("/{id}/items/{itemId}/decision")
  DecisionView decide(
      @PathVariable long id, @PathVariable long itemId, @Valid @RequestBody DecisionInput input) {
    return meetings.decide(id, itemId, input);
  }

  @PostMapping("/{id}/items/{itemId}/declaration")
  DeclarationView declare(
      @PathVariable long id,
      @PathVariable long itemId,
      @Valid @RequestBody DeclarationRequest request) {
    return attendance.declare(id, itemId, request.interest(), request.nature());
  }

  @PostMapping("/{id}/declarations/none")
  List<DeclarationView> declareNoInterest(@PathVariable long id) {
    return attendance.declareNoInterestInOthers(id);
  }

  @PostMapping("/{id}/delegations")
  @ResponseStatus(HttpStatus.CREATED)
  DelegatedAuthority grant(@PathVariable long id, @RequestBody NewDelegation input) {
    return meetings.grantDelegation(id, input);
  }

  @GetMapping("/{id}/delegations")
  List<DelegatedAuthority> delegations(@PathVariable long id) {
    return meetings.delegations(id);
  }

  @GetMapping("/{id}/noting")
  List<DelegatedDecisionView> forNoting(@PathVariable long id) {
    return meetings.forNoting(id);
  }

  @GetMapping("/{id}/declarations")
  List<DeclarationView> declarations(@PathVariable long id) {
    return attendance.declarations(id);
  }

  @GetMapping("/{id}/conflicts")
  List<ConflictHint> conflicts(@PathVariable long id) {
    return attendance.proposedConflicts(id);
  }

  @GetMapping("/{id}/attendance")
  List<AttendanceView> attendance(@PathVariable long id) {
    return attendance.attendance(id);
  }

  @PostMapping("/{id}/attendance")
  List<AttendanceView> recordAttendance(
      @PathVariable long id, @Valid @RequestBody AttendanceRequest request) {
    return attendance.recordAttendance(id, request.memberId(), request.status());
  }

  @GetMapping("/{id}/quorum")
  QuorumCheck quorum(@PathVariable long id) {
    return meetings.quorum(id);
  }

  @GetMapping("/{id}/papers")
  List<PaperView> papers(@PathVariable long id) {
    return agendas.papers(id);
  }

  @GetMapping("/{id}/pack")
  MeetingPack pack(@PathVariable long id) {
    return meetings.pack(id);
  }

  @PostMapping("/{id}/minutes/draft")
  MeetingView draftMinutes(@PathVariable long id, Locale locale) {
    return minutes.draft(id, locale);
  }

  @PutMapping("/{id}/minutes")
  MeetingView editMinutes(@PathVariable long id, @RequestBody MinutesRequest request) {
    return minutes.edit(id, request.text());
  }

  @PostMapping("/{id}/minutes/confirm")
  MeetingView confirmMinutes(@PathVariable long id, @Valid @RequestBody ConfirmRequest request) {
    return minutes.confirm(id, request.confirmingMeetingId());
  }

  /** A member's declaration. */
  record DeclarationRequest(boolean interest, String nature) {}

  /** One member's attendance. */
  record AttendanceRequest(@NotNull Long memberId, @NotNull AttendanceStatus status) {}

  /** New minutes text. */
  record MinutesRequest(String text) {}

  /** Which later meeting confirmed the minutes. */
  record ConfirmRequest(@NotNull Long confirmingMeetingId) {}
}
