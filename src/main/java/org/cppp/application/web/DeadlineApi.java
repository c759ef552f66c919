package org.cppp.application.web;

import java.util.List;
import org.cppp.application.DeadlineItem;
import org.cppp.application.DeadlineKind;
import org.cppp.application.Deadlines;
import org.cppp.application.ReminderStep;
import org.cppp.application.ServiceLevel;
import org.cppp.application.ServiceLevelFigures;
import org.cppp.application.ServiceStage;
import org.cppp.application.SlaStanding;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time limits: {@code /api/deadlines}: the reminder schedule and service levels (administrators
 * change them), the overdue work and the service-level breaches, paged.
 */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineApi {

  private final Deadlines deadlines;

  DeadlineApi(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @GetMapping("/schedule")
  List<ReminderStep> schedule() {
    return deadlines.schedule();
  }

  @PostMapping("/schedule")
  @ResponseStatus(HttpStatus.CREATED)
  ReminderStep addStep(@RequestBody ReminderStepRequest request) {
    return deadlines.addStep(request.deadline(), request.daysBefore());
  }

  @DeleteMapping("/schedule/{deadline}/{daysBefore}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeStep(@PathVariable DeadlineKind deadline, @PathVariable int daysBefore) {
    deadlines.removeStep(deadline, daysBefore);
  }

  @GetMapping("/service-levels")
  List<ServiceLevelFigures> serviceLevels() {
    return deadlines.serviceLevelFigures();
  }

  @PutMapping("/service-levels/{stage}")
  ServiceLevel setServiceLevel(
      @PathVariable ServiceStage stage, @RequestBody ServiceLevelRequest request) {
    return deadlines.setServiceLevel(stage, request.daysAllowed(), request.warningDays());
  }

  @GetMapping("/service-levels/{stage}/{standing}")
  Page<DeadlineItem> inStage(
      @PathVariable ServiceStage stage,
      @PathVariable SlaStanding standing,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return deadlines.inStage(stage, standing, page(page, size));
  }

  @GetMapping("/overdue")
  Page<DeadlineItem> overdue(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return deadlines.overdue(page(page, size));
  }

  static Pageable page(int page, int size) {
    return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500));
  }

  /** A step to add to the reminder schedule. */
  record ReminderStepRequest(DeadlineKind deadline, Integer daysBefore) {}

  /** A stage's service level. */
  record ServiceLevelRequest(Integer daysAllowed, Integer warningDays) {}
}
