package org.cppp.outreach.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cppp.outreach.Activities;
import org.cppp.outreach.ActivityCommand;
import org.cppp.outreach.ActivityFilter;
import org.cppp.outreach.ActivityType;
import org.cppp.outreach.ActivityView;
import org.cppp.outreach.AttendeeView;
import org.cppp.outreach.Conversion;
import org.cppp.outreach.RegistrationView;
import org.cppp.shared.FinancialYear;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** Activities for staff: {@code /api/activities}. */
@RestController
@RequestMapping("/api/activities")
class ActivityApi {

  private final Activities activities;
  private final Clock clock;

  ActivityApi(Activities activities, Clock clock) {
    this.activities = activities;
    this.clock = clock;
  }

  @GetMapping
  Page<ActivityView> list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) ActivityType type,
      @RequestParam(required = false) String city,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return activities.search(
        new ActivityFilter(FinancialYear.given("year", year, LocalDate.now(clock)), type, city),
        PageRequest.of(
            Math.max(page, 0),
            Math.min(Math.max(size, 1), 500),
            Sort.by(Sort.Direction.DESC, "heldOn", "id")));
  }

  @GetMapping("/{id}")
  ActivityView get(@PathVariable long id) {
    return activities.get(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ActivityView create(@Valid @RequestBody ActivityCommand command) {
    return activities.create(command);
  }

  @PutMapping("/{id}")
  ActivityView update(@PathVariable long id, @Valid @RequestBody ActivityCommand command) {
    return activities.update(id, command);
  }

  @GetMapping("/{id}/registrations")
  List<RegistrationView> registrations(@PathVariable long id) {
    return activities.registrations(id);
  }

  @GetMapping("/{id}/attendance")
  List<AttendeeView> attendance(@PathVariable long id) {
    return activities.attendance(id);
  }

  /** Replaces the tick list: the registrations that attended. */
  @PutMapping("/{id}/attendance")
  List<AttendeeView> markAttendance(@PathVariable long id, @RequestBody Set<Long> registrationIds) {
    activities.markAttendance(id, registrationIds);
    return activities.attendance(id);
  }

  /** Adds attendees from a CSV body ({@code email,name,company,factoryBr}). */
  @PostMapping(value = "/{id}/attendance", consumes = "text/csv")
  List<AttendeeView> importAttendance(@PathVariable long id, @RequestBody String csv) {
    activities.importAttendance(id, csv);
    return activities.attendance(id);
  }

  @GetMapping("/{id}/conversion")
  Conversion conversion(@PathVariable long id) {
    return activities.conversion(id);
  }
}
