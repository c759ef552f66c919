package org.cppp.committee.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cppp.application.DecisionOutcome;
import org.cppp.committee.AttendanceStatus;
import org.cppp.committee.DecisionInput;
import org.cppp.committee.MeetingAgendas;
import org.cppp.committee.MeetingAttendance;
import org.cppp.committee.MeetingMinutes;
import org.cppp.committee.Meetings;
import org.cppp.committee.NewDelegation;
import org.cppp.committee.PaperContent;
import org.cppp.funding.Scheme;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What happens at and around a meeting: papers, attendance, members' declarations, decisions and
 * minutes. A rule broken is explained on the meeting's page; a change the meeting's state refuses
 * (e.g. to confirmed minutes) is a 409.
 */
@Controller
@RequestMapping("/committee/meetings/{id}")
class MeetingActionPages {

  private final Meetings meetings;
  private final MeetingAgendas agendas;
  private final MeetingAttendance attendance;
  private final MeetingMinutes minutes;
  private final Notices notices;

  MeetingActionPages(
      Meetings meetings,
      MeetingAgendas agendas,
      MeetingAttendance attendance,
      MeetingMinutes minutes,
      Notices notices) {
    this.meetings = meetings;
    this.agendas = agendas;
    this.attendance = attendance;
    this.minutes = minutes;
    this.notices = notices;
  }

  @GetMapping("/items/{itemId}")
  String item(@PathVariable long id, @PathVariable long itemId, Model model) {
    model.addAttribute("meeting", meetings.get(id));
    model.addAttribute("summary", meetings.summary(id, itemId));
    return "committee/item";
  }

  @PostMapping("/items/{itemId}/papers")
  String upload(
      @PathVariable long id,
      @PathVariable long itemId,
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean restricted,
      RedirectAttributes flash)
      throws IOException {
    return attempt(
        id,
        flash,
        "committee.paper.uploaded",
        () ->
            agendas.uploadPaper(
                id, itemId, file.getOriginalFilename(), file.getBytes(), restricted));
  }

  @GetMapping("/papers/{paperId}")
  ResponseEntity<byte[]> paper(@PathVariable long id, @PathVariable long paperId) {
    PaperContent paper = agendas.paper(id, paperId);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(paper.filename(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(paper.content());
  }

  @PostMapping("/attendance")
  String attendance(
      @PathVariable long id,
      @RequestParam long memberId,
      @RequestParam AttendanceStatus status,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "committee.attendance.saved",
        () -> attendance.recordAttendance(id, memberId, status));
  }

  @PostMapping("/items/{itemId}/declaration")
  String declare(
      @PathVariable long id,
      @PathVariable long itemId,
      @RequestParam boolean interest,
      @RequestParam(required = false) String nature,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "committee.declaration.saved",
        () -> attendance.declare(id, itemId, interest, nature));
  }

  @PostMapping("/declarations/none")
  String declareNoInterest(@PathVariable long id, RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "committee.declaration.none-saved",
        () -> attendance.declareNoInterestInOthers(id));
  }

  @PostMapping("/delegations")
  String grant(
      @PathVariable long id,
      @RequestParam(required = false) List<Scheme> schemes,
      @RequestParam(required = false) BigDecimal maxGovernmentShareHkd,
      @RequestParam(required = false) LocalDate validUntil,
      @RequestParam(required = false) String resolution,
      RedirectAttributes flash) {
    NewDelegation input =
        new NewDelegation(
            schemes == null ? List.of() : schemes, maxGovernmentShareHkd, validUntil, resolution);
    return attempt(
        id, flash, "committee.delegation.resolved", () -> meetings.grantDelegation(id, input));
  }

  @PostMapping("/items/{itemId}/decision")
  String decide(
      @PathVariable long id,
      @PathVariable long itemId,
      @RequestParam DecisionOutcome outcome,
      @RequestParam(required = false) BigDecimal approvedAmountHkd,
      @RequestParam(required = false) String note,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "committee.decision.recorded",
        () -> meetings.decide(id, itemId, new DecisionInput(outcome, approvedAmountHkd, note)));
  }

  @PostMapping("/minutes/draft")
  String draftMinutes(@PathVariable long id, RedirectAttributes flash, Locale locale) {
    return attempt(id, flash, "committee.minutes.drafted", () -> minutes.draft(id, locale));
  }

  @PostMapping("/minutes")
  String editMinutes(@PathVariable long id, @RequestParam String text, RedirectAttributes flash) {
    return attempt(id, flash, "committee.minutes.saved", () -> minutes.edit(id, text));
  }

  @PostMapping("/minutes/confirm")
  String confirmMinutes(
      @PathVariable long id, @RequestParam long confirmingMeetingId, RedirectAttributes flash) {
    return attempt(
        id, flash, "committee.minutes.confirmed", () -> minutes.confirm(id, confirmingMeetingId));
  }

  private String attempt(long id, RedirectAttributes flash, String done, Work work) {
    try {
      work.run();
      notices.success(flash, done);
    } catch (RuleViolation e) {
      notices.failure(flash, e);
    } catch (IOException e) {
      notices.failure(flash, "committee.paper.unreadable");
    }
    return "redirect:/committee/meetings/" + id;
  }

  /** A change to try. */
  @FunctionalInterface
  interface Work {
    Object run() throws IOException;
  }
}
