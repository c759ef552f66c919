package org.cppp.outreach.web;

import java.util.Locale;
import org.cppp.outreach.Activities;
import org.cppp.outreach.EventRegistrations;
import org.cppp.outreach.PublicActivity;
import org.cppp.outreach.PublicRegistration;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.platform.RateLimited;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
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

/**
 * The public events calendar, registration, and the mailed links that confirm or cancel it. No
 * sign-in needed.
 */
@Controller
@RequestMapping("/events")
class EventPages {

  private final EventRegistrations events;
  private final Activities activities;
  private final SmartValidator validator;
  private final Notices notices;

  EventPages(
      EventRegistrations events, Activities activities, SmartValidator validator, Notices notices) {
    this.events = events;
    this.activities = activities;
    this.validator = validator;
    this.notices = notices;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("events", events.upcoming(PageRequest.of(Math.max(page, 0), 20)));
    model.addAttribute("cities", new CityNames(activities.cities()));
    return "outreach/events";
  }

  @GetMapping("/{id}")
  String initRegistrationForm(@PathVariable long id, Model model) {
    model.addAttribute("registrationForm", new RegistrationForm());
    return show(events.activity(id), model);
  }

  @PostMapping("/{id}")
  @RateLimited("event-registration")
  String processRegistrationForm(
      @PathVariable long id,
      @ModelAttribute("registrationForm") RegistrationForm form,
      BindingResult result,
      Locale locale,
      Model model,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator,
            form.toRegistration(),
            result,
            () -> events.register(id, form.toRegistration(), locale));
    if (saved.isPresent()) {
      flash.addFlashAttribute("registered", saved.get().status().name());
      return "redirect:/events/" + id + "/registered";
    }
    return show(events.activity(id), model);
  }

  @GetMapping("/{id}/registered")
  String registered(@PathVariable long id, Model model) {
    model.addAttribute("event", events.activity(id));
    return "outreach/event-registered";
  }

  @GetMapping("/registrations/{token}/confirm")
  String initConfirmForm(@PathVariable String token, Model model) {
    model.addAttribute("registration", events.registration(token));
    model.addAttribute("token", token);
    return "outreach/event-confirm";
  }

  @PostMapping("/registrations/{token}/confirm")
  String processConfirmForm(@PathVariable String token, Model model, Locale locale) {
    try {
      PublicRegistration confirmed = events.confirm(token);
      model.addAttribute("registered", confirmed.status().name());
      model.addAttribute("event", events.activity(confirmed.activityId()));
      return "outreach/event-registered";
    } catch (RuleViolation refused) {
      model.addAttribute("registration", events.registration(token));
      model.addAttribute("token", token);
      notices.failure(model, refused);
      return "outreach/event-confirm";
    }
  }

  @GetMapping("/registrations/{token}/cancel")
  String confirmCancel(@PathVariable String token, Model model) {
    model.addAttribute("registration", events.registration(token));
    model.addAttribute("token", token);
    return "outreach/event-cancel";
  }

  @PostMapping("/registrations/{token}/cancel")
  String cancel(@PathVariable String token, Model model) {
    model.addAttribute("registration", events.cancel(token));
    model.addAttribute("token", token);
    model.addAttribute("cancelled", true);
    return "outreach/event-cancel";
  }

  private String show(PublicActivity event, Model model) {
    model.addAttribute("event", event);
    model.addAttribute("cities", new CityNames(activities.cities()));
    return "outreach/event";
  }
}
