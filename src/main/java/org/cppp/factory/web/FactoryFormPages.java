package org.cppp.factory.web;

import java.util.List;
import org.cppp.factory.CityView;
import org.cppp.factory.Factories;
import org.cppp.factory.FactoryPolicy;
import org.cppp.factory.FactoryView;
import org.cppp.factory.Sector;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers register and edit factories; an applicant edits their own factory's profile. */
@Controller
@RequestMapping("/factories")
class FactoryFormPages {

  private static final String FORM = "factory/form";

  private final Factories factories;
  private final SmartValidator validator;
  private final Notices notices;
  private final FactoryPolicy policy;

  FactoryFormPages(
      Factories factories, SmartValidator validator, Notices notices, FactoryPolicy policy) {
    this.policy = policy;
    this.factories = factories;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute("cities")
  List<CityView> cities() {
    return factories.cities();
  }

  @ModelAttribute("sectors")
  List<Sector> sectors() {
    return List.of(Sector.values());
  }

  @ModelAttribute("officer")
  boolean officer() {
    return policy.mayEdit();
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    model.addAttribute("factoryForm", new FactoryForm());
    return FORM;
  }

  @PostMapping("/new")
  String processCreateForm(
      @ModelAttribute("factoryForm") FactoryForm form,
      BindingResult result,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator, form.toDetails(), result, () -> factories.register(form.toDetails()));
    if (saved.isPresent()) {
      FactoryView created = saved.get();
      notices.success(flash, "factory.created");
      return "redirect:/factories/" + created.brNumber();
    }
    return FORM;
  }

  /** Checks the BR number as it is typed (htmx): answers the field with its error, if any. */
  @PostMapping("/validate-br")
  String validateBrNumber(@RequestParam(defaultValue = "") String brNumber, Model model) {
    FactoryForm form = new FactoryForm();
    form.setBrNumber(brNumber);
    BindingResult result = new BeanPropertyBindingResult(form, "factoryForm");
    factories
        .checkNewBrNumber(brNumber)
        .ifPresent(key -> result.rejectValue("brNumber", key, new Object[] {brNumber}, key));
    model.addAttribute("factoryForm", form);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "factoryForm", result);
    model.addAttribute("brChecked", true);
    return FORM + " :: brField";
  }

  @GetMapping("/{br}/edit")
  String initUpdateForm(@PathVariable String br, Model model) {
    model.addAttribute("factoryForm", FactoryForm.of(factories.get(br)));
    model.addAttribute("existing", true);
    return FORM;
  }

  @PostMapping("/{br}/edit")
  String processUpdateForm(
      @PathVariable String br,
      @ModelAttribute("factoryForm") FactoryForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    FactoryView current = factories.get(br);
    form.setBrNumber(br);
    if (!officer()) {
      form.keepClassificationOf(current);
    }
    if (FormSubmission.run(
        validator, form.toDetails(), result, () -> factories.update(br, form.toDetails()))) {
      notices.success(flash, "factory.updated");
      return "redirect:/factories/" + br;
    }
    model.addAttribute("existing", true);
    return FORM;
  }
}
