package org.cppp.verification.web;

import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.verification.Carrier;
import org.cppp.verification.EmissionFactors;
import org.cppp.verification.Pollutant;
import org.cppp.verification.Region;
import org.cppp.verification.Tariffs;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Emission factors and tariffs as versioned data: every version, newest first, and (for officers)
 * the form that adds one; the facades audit each.
 */
@Controller
class RatePages {

  private static final String FACTORS = "verification/factors";
  private static final String TARIFFS = "verification/tariffs";
  private static final int PAGE_SIZE = 50;

  private final EmissionFactors factors;
  private final Tariffs tariffs;
  private final SmartValidator validator;
  private final Notices notices;

  RatePages(EmissionFactors factors, Tariffs tariffs, SmartValidator validator, Notices notices) {
    this.factors = factors;
    this.tariffs = tariffs;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("pollutants", Pollutant.values());
    model.addAttribute("carrierChoices", Carrier.values());
    model.addAttribute("regionChoices", Region.values());
    model.addAttribute("gridRegions", Region.grids());
  }

  @GetMapping("/emission-factors")
  String initFactorForm(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("factorForm", new FactorForm());
    return factorPage(page, model);
  }

  @PostMapping("/emission-factors")
  String processFactorForm(
      @ModelAttribute("factorForm") FactorForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toCommand(), result, () -> factors.add(form.toCommand()))) {
      notices.success(flash, "verification.factor.added");
      return "redirect:/emission-factors";
    }
    return factorPage(0, model);
  }

  @GetMapping("/tariffs")
  String initTariffForm(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("tariffForm", new TariffForm());
    return tariffPage(page, model);
  }

  @PostMapping("/tariffs")
  String processTariffForm(
      @ModelAttribute("tariffForm") TariffForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toCommand(), result, () -> tariffs.add(form.toCommand()))) {
      notices.success(flash, "verification.tariff.added");
      return "redirect:/tariffs";
    }
    return tariffPage(0, model);
  }

  private String factorPage(int page, Model model) {
    model.addAttribute("factors", factors.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    model.addAttribute("mayAdd", factors.mayAdd());
    return FACTORS;
  }

  private String tariffPage(int page, Model model) {
    model.addAttribute("tariffs", tariffs.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    model.addAttribute("mayAdd", tariffs.mayAdd());
    return TARIFFS;
  }
}
