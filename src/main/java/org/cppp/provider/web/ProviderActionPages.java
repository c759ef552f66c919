package org.cppp.provider.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cppp.platform.FormErrors;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.provider.ProviderView;
import org.cppp.provider.Providers;
import org.cppp.provider.QualityRating;
import org.cppp.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Removal, reinstatement, quality checks, and the one-step removal of lapsed registrations. */
@Controller
@RequestMapping("/providers")
class ProviderActionPages {

  private static final String STATUS_FORM = "provider/status-form";
  private static final String QUALITY_FORM = "provider/quality-form";
  private static final String LAPSES = "provider/lapses";

  private final Providers providers;
  private final SmartValidator validator;
  private final MessageSource messages;
  private final Clock clock;
  private final Notices notices;

  ProviderActionPages(
      Providers providers,
      SmartValidator validator,
      MessageSource messages,
      Clock clock,
      Notices notices) {
    this.providers = providers;
    this.validator = validator;
    this.messages = messages;
    this.clock = clock;
    this.notices = notices;
  }

  @GetMapping("/{code}/removal")
  String initRemovalForm(@PathVariable String code, Model model) {
    return initStatusForm(code, true, model);
  }

  @GetMapping("/{code}/reinstatement")
  String initReinstatementForm(@PathVariable String code, Model model) {
    return initStatusForm(code, false, model);
  }

  @PostMapping("/{code}/removal")
  String processRemovalForm(
      @PathVariable String code,
      @ModelAttribute("statusForm") StatusChangeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    return processStatusForm(code, true, form, result, model, flash);
  }

  @PostMapping("/{code}/reinstatement")
  String processReinstatementForm(
      @PathVariable String code,
      @ModelAttribute("statusForm") StatusChangeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    return processStatusForm(code, false, form, result, model, flash);
  }

  private String initStatusForm(String code, boolean removal, Model model) {
    model.addAttribute("statusForm", new StatusChangeForm(LocalDate.now(clock), null));
    return statusForm(providers.get(code), removal, model);
  }

  private String processStatusForm(
      String code,
      boolean removal,
      StatusChangeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    ProviderView provider = providers.get(code);
    validator.validate(form.toChange(), result);
    if (!result.hasErrors()) {
      try {
        if (removal) {
          providers.remove(provider.code(), form.getOn(), form.getReason());
        } else {
          providers.reinstate(provider.code(), form.getOn(), form.getReason());
        }
        notices.success(flash, removal ? "provider.removed" : "provider.reinstated");
        return "redirect:/providers/" + provider.code();
      } catch (RuleViolation violation) {
        FormErrors.reject(result, violation);
      }
    }
    return statusForm(provider, removal, model);
  }

  @GetMapping("/{code}/quality-checks/new")
  String initQualityForm(@PathVariable String code, Model model) {
    QualityCheckForm form = new QualityCheckForm();
    form.setCheckedOn(LocalDate.now(clock));
    model.addAttribute("qualityForm", form);
    return qualityForm(providers.get(code), model);
  }

  @PostMapping("/{code}/quality-checks/new")
  String processQualityForm(
      @PathVariable String code,
      @ModelAttribute("qualityForm") QualityCheckForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    ProviderView provider = providers.get(code);
    if (FormSubmission.run(
        validator,
        form.toDetails(),
        result,
        () -> providers.recordQualityCheck(provider.code(), form.toDetails()))) {
      notices.success(flash, "provider.quality.recorded");
      return "redirect:/providers/" + provider.code();
    }
    return qualityForm(provider, model);
  }

  @GetMapping("/lapses")
  String lapses(Model model) {
    String reason =
        messages.getMessage("provider.lapse.default-reason", null, LocaleContextHolder.getLocale());
    model.addAttribute("statusForm", new StatusChangeForm(LocalDate.now(clock), reason));
    model.addAttribute("flagged", providers.flagged());
    return LAPSES;
  }

  @PostMapping("/lapses/check")
  String checkLapses(RedirectAttributes flash) {
    int count = providers.flagLapsedRegistrations(LocalDate.now(clock));
    notices.success(flash, "provider.lapse.checked", count);
    return "redirect:/providers/lapses";
  }

  @PostMapping("/lapses")
  String removeFlagged(
      @ModelAttribute("statusForm") StatusChangeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator,
            form.toChange(),
            result,
            () -> providers.removeFlagged(form.getOn(), form.getReason()));
    if (saved.isPresent()) {
      int count = saved.get();
      notices.success(flash, "provider.lapse.removed", count);
      return "redirect:/providers/lapses";
    }
    model.addAttribute("flagged", providers.flagged());
    return LAPSES;
  }

  private String statusForm(ProviderView provider, boolean removal, Model model) {
    model.addAttribute("provider", provider);
    model.addAttribute("removal", removal);
    return STATUS_FORM;
  }

  private String qualityForm(ProviderView provider, Model model) {
    model.addAttribute("provider", provider);
    model.addAttribute("allRatings", List.of(QualityRating.values()));
    return QUALITY_FORM;
  }
}
