package org.cppp.factory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cppp.factory.CityView;
import org.cppp.factory.EligibilityRules;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryEligibilityRules;
import org.cppp.factory.FactoryPolicy;
import org.cppp.factory.Sector;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The eligibility rule sets, and the form officers add a new one with. */
@Controller
@RequestMapping("/factories/eligibility-rules")
class EligibilityRulePages {

  private static final String PAGE = "factory/rules";

  private final FactoryEligibilityRules rules;
  private final Factories factories;
  private final FactoryLabels labels;
  private final SmartValidator validator;
  private final Notices notices;
  private final FactoryPolicy policy;

  EligibilityRulePages(
      FactoryEligibilityRules rules,
      Factories factories,
      FactoryLabels labels,
      SmartValidator validator,
      Notices notices,
      FactoryPolicy policy) {
    this.policy = policy;
    this.rules = rules;
    this.factories = factories;
    this.labels = labels;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute
  void reference(Model model, Locale locale) {
    List<CityView> cities = factories.cities();
    Map<String, String> names = labels.cityNames(cities, locale);
    model.addAttribute("cities", cities);
    model.addAttribute("cityNames", names);
    model.addAttribute("sectors", List.of(Sector.values()));
    model.addAttribute("ruleSets", rules.all());
    model.addAttribute("officer", policy.mayEdit());
  }

  @GetMapping
  String initCreateForm(Model model) {
    model.addAttribute("rulesForm", new RulesForm());
    return PAGE;
  }

  @PostMapping
  String processCreateForm(
      @ModelAttribute("rulesForm") RulesForm form, BindingResult result, RedirectAttributes flash) {
    EligibilityRules ruleSet = form.toRules();
    if (FormSubmission.run(validator, ruleSet, result, () -> rules.add(ruleSet))) {
      notices.success(flash, "rules.created");
      return "redirect:/factories/eligibility-rules";
    }
    return PAGE;
  }
}
