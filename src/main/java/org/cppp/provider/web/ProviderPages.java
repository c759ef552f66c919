package org.cppp.provider.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.FormErrors;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderPolicy;
import org.cppp.provider.ProviderQuery;
import org.cppp.provider.ProviderStatus;
import org.cppp.provider.ProviderView;
import org.cppp.provider.Providers;
import org.cppp.provider.Specialism;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Staff list and page of a provider, register and edit forms; a provider user's own page. */
@Controller
@RequestMapping("/providers")
class ProviderPages {

  private static final String FORM = "provider/form";

  private final Providers providers;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;
  private final ProviderPolicy policy;

  ProviderPages(
      Providers providers,
      AuditTrail audit,
      SmartValidator validator,
      Notices notices,
      ProviderPolicy policy) {
    this.policy = policy;
    this.providers = providers;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("allBases", List.of(ProviderBase.values()));
    model.addAttribute("allSpecialisms", List.of(Specialism.values()));
    model.addAttribute("allStatuses", List.of(ProviderStatus.values()));
  }

  @GetMapping
  String list(
      @RequestParam(defaultValue = "") String base,
      @RequestParam(defaultValue = "") String specialism,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    ProviderQuery query =
        new ProviderQuery(
            Filters.parse(ProviderBase.class, base),
            Filters.parse(Specialism.class, specialism),
            Filters.parse(ProviderStatus.class, status),
            q);
    model.addAttribute("query", query);
    model.addAttribute(
        "providers",
        providers.search(query, PageRequest.of(Math.max(page, 0), 25, Sort.by("code"))));
    model.addAttribute("baseUrl", baseUrl(query));
    return HtmxRequest.view(request, "provider/list", "results");
  }

  @GetMapping("/mine")
  String mine(Model model) {
    return show(providers.mine(), model);
  }

  @GetMapping("/{code}")
  String view(@PathVariable String code, Model model) {
    return show(providers.get(code), model);
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    model.addAttribute("providerForm", new ProviderForm());
    return FORM;
  }

  @PostMapping("/new")
  String processCreateForm(
      @ModelAttribute("providerForm") ProviderForm form,
      BindingResult result,
      RedirectAttributes flash) {
    validator.validate(form.toDetails(), result);
    if (form.getCode() == null) {
      result.rejectValue("code", "provider.code.required");
    }
    if (!result.hasErrors()) {
      try {
        ProviderView created = providers.register(form.toDetails());
        notices.success(flash, "provider.created");
        return "redirect:/providers/" + created.code();
      } catch (RuleViolation violation) {
        FormErrors.reject(result, violation);
      }
    }
    return FORM;
  }

  @GetMapping("/{code}/edit")
  String initUpdateForm(@PathVariable String code, Model model) {
    model.addAttribute("providerForm", ProviderForm.of(providers.get(code)));
    model.addAttribute("existing", true);
    return FORM;
  }

  @PostMapping("/{code}/edit")
  String processUpdateForm(
      @PathVariable String code,
      @ModelAttribute("providerForm") ProviderForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    ProviderView existing = providers.get(code);
    form.setCode(existing.code());
    if (FormSubmission.run(
        validator,
        form.toDetails(),
        result,
        () -> providers.update(existing.code(), form.toDetails()))) {
      notices.success(flash, "provider.updated");
      return "redirect:/providers/" + existing.code();
    }
    model.addAttribute("existing", true);
    return FORM;
  }

  private String show(ProviderView provider, Model model) {
    model.addAttribute("provider", provider);
    model.addAttribute("history", providers.history(provider.code()));
    model.addAttribute("qualityChecks", providers.qualityChecks(provider.code()));
    if (policy.seesAll()) {
      model.addAttribute("auditTrail", audit.of("provider", provider.code()));
    }
    return "provider/view";
  }

  private static String baseUrl(ProviderQuery query) {
    return UriComponentsBuilder.fromPath("/providers")
        .queryParam("base", query.base() == null ? "" : query.base())
        .queryParam("specialism", query.specialism() == null ? "" : query.specialism())
        .queryParam("status", query.status() == null ? "" : query.status())
        .queryParam("q", query.text())
        .encode()
        .build()
        .toUriString();
  }
}
