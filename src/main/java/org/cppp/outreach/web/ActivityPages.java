package org.cppp.outreach.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.outreach.Activities;
import org.cppp.outreach.ActivityFilter;
import org.cppp.outreach.ActivityType;
import org.cppp.outreach.ActivityView;
import org.cppp.outreach.Attendee;
import org.cppp.outreach.CoOrganiserKind;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.FinancialYear;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers plan and record activities, see registrations and take attendance here. */
@Controller
@RequestMapping("/outreach/activities")
class ActivityPages {

  private static final String FORM = "outreach/activity-form";

  private final Activities activities;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Clock clock;
  private final Notices notices;

  ActivityPages(
      Activities activities,
      AuditTrail audit,
      SmartValidator validator,
      Clock clock,
      Notices notices) {
    this.activities = activities;
    this.audit = audit;
    this.validator = validator;
    this.clock = clock;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("types", List.of(ActivityType.values()));
    model.addAttribute("kinds", List.of(CoOrganiserKind.values()));
    model.addAttribute("cityList", activities.cities());
    model.addAttribute("cities", new CityNames(activities.cities()));
  }

  @GetMapping
  String list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) ActivityType type,
      @RequestParam(required = false) String city,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    FinancialYear fy = FinancialYear.given("year", year, LocalDate.now(clock));
    model.addAttribute("year", year);
    model.addAttribute("type", type);
    model.addAttribute("city", city);
    model.addAttribute(
        "activities",
        activities.search(
            new ActivityFilter(fy, type, city),
            PageRequest.of(Math.max(page, 0), 25, Sort.by(Sort.Direction.DESC, "heldOn", "id"))));
    model.addAttribute(
        "baseUrl",
        "/outreach/activities?year="
            + (year == null ? "" : year)
            + "&type="
            + (type == null ? "" : type)
            + "&city="
            + (city == null ? "" : city));
    return HtmxRequest.view(request, "outreach/activities", "results");
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    model.addAttribute("activityForm", new ActivityForm().withBlankRows());
    return FORM;
  }

  @PostMapping("/new")
  String processCreateForm(
      @ModelAttribute("activityForm") ActivityForm form,
      BindingResult result,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator, form.toCommand(), result, () -> activities.create(form.toCommand()));
    if (saved.isPresent()) {
      ActivityView created = saved.get();
      notices.success(flash, "outreach.activity.created");
      return "redirect:/outreach/activities/" + created.id();
    }
    form.withBlankRows();
    return FORM;
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("activity", activities.get(id));
    model.addAttribute("registrations", activities.registrations(id));
    model.addAttribute("attendees", activities.attendance(id));
    model.addAttribute("conversion", activities.conversion(id));
    model.addAttribute("auditTrail", audit.of("activity", String.valueOf(id)));
    return "outreach/activity";
  }

  @GetMapping("/{id}/edit")
  String initUpdateForm(@PathVariable long id, Model model) {
    model.addAttribute("activityForm", ActivityForm.of(activities.get(id)).withBlankRows());
    model.addAttribute("activityId", id);
    return FORM;
  }

  @PostMapping("/{id}/edit")
  String processUpdateForm(
      @PathVariable long id,
      @ModelAttribute("activityForm") ActivityForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toCommand(), result, () -> activities.update(id, form.toCommand()))) {
      notices.success(flash, "outreach.activity.updated");
      return "redirect:/outreach/activities/" + id;
    }
    form.withBlankRows();
    model.addAttribute("activityId", id);
    return FORM;
  }

  @PostMapping("/{id}/attendance")
  String markAttendance(
      @PathVariable long id,
      @RequestParam(name = "attended", required = false) Set<Long> attended,
      RedirectAttributes flash) {
    return afterAttendance(
        id, flash, () -> activities.markAttendance(id, attended == null ? Set.of() : attended));
  }

  @PostMapping("/{id}/attendance/csv")
  String importAttendance(
      @PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
      throws IOException {
    String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
    return afterAttendance(id, flash, () -> activities.importAttendance(id, csv));
  }

  @PostMapping("/{id}/walk-ins")
  String addWalkIn(
      @PathVariable long id,
      @RequestParam String name,
      @RequestParam(required = false) String company,
      @RequestParam(required = false) String factoryBr,
      @RequestParam(required = false) String email,
      RedirectAttributes flash) {
    Attendee who = new Attendee(name, company, factoryBr, email);
    BindingResult check = new BeanPropertyBindingResult(who, "attendee");
    validator.validate(who, check);
    if (check.hasErrors()) {
      notices.failure(flash, "outreach.attendance.invalid");
      return "redirect:/outreach/activities/" + id + "#attendance";
    }
    return afterAttendance(id, flash, () -> activities.addAttendee(id, who));
  }

  private String afterAttendance(long id, RedirectAttributes flash, Runnable work) {
    try {
      work.run();
      notices.success(flash, "outreach.attendance.saved");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/outreach/activities/" + id + "#attendance";
  }
}
