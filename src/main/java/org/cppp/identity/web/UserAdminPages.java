package org.cppp.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Language;
import org.cppp.identity.Role;
import org.cppp.identity.TwoFactor;
import org.cppp.identity.UserView;
import org.cppp.identity.Users;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
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

/** Administrators list, create and change users here. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

  private static final String FORM = "identity/user-form";

  private final Users users;
  private final TwoFactor twoFactor;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;

  UserAdminPages(
      Users users,
      TwoFactor twoFactor,
      AuditTrail audit,
      SmartValidator validator,
      Notices notices) {
    this.users = users;
    this.twoFactor = twoFactor;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute("allRoles")
  List<Role> allRoles() {
    return List.of(Role.values());
  }

  @ModelAttribute("allLanguages")
  List<Language> allLanguages() {
    return List.of(Language.values());
  }

  @GetMapping
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("q", q);
    model.addAttribute(
        "users", users.search(q, PageRequest.of(Math.max(page, 0), 25, Sort.by("username"))));
    return HtmxRequest.view(request, "identity/users", "results");
  }

  @GetMapping("/new")
  String initCreateForm(Model model) {
    model.addAttribute("userForm", new UserForm());
    return FORM;
  }

  @PostMapping("/new")
  String processCreateForm(
      @ModelAttribute("userForm") UserForm form, BindingResult result, RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator, form.toNewUser(), result, () -> users.create(form.toNewUser()));
    if (saved.isPresent()) {
      UserView created = saved.get();
      notices.success(flash, "user.created");
      return "redirect:/admin/users/" + created.username();
    }
    return FORM;
  }

  @GetMapping("/{username}")
  String initUpdateForm(@PathVariable String username, Model model) {
    model.addAttribute("userForm", UserForm.of(users.get(username)));
    return showUser(username, model);
  }

  @PostMapping("/{username}")
  String processUpdateForm(
      @PathVariable String username,
      @ModelAttribute("userForm") UserForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    if (FormSubmission.run(
        validator, form.toChange(), result, () -> users.update(username, form.toChange()))) {
      notices.success(flash, "user.updated");
      return "redirect:/admin/users/" + username;
    }
    form.setUsername(username);
    return showUser(username, model);
  }

  @PostMapping("/{username}/password")
  String resetPassword(
      @PathVariable String username, @RequestParam String password, RedirectAttributes flash) {
    try {
      users.resetPassword(username, password);
      notices.success(flash, "user.password-reset");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/admin/users/" + username;
  }

  @PostMapping("/{username}/totp-reset")
  String resetTwoFactor(@PathVariable String username, RedirectAttributes flash) {
    try {
      twoFactor.reset(username);
      notices.success(flash, "user.totp-reset");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/admin/users/" + username;
  }

  private String showUser(String username, Model model) {
    model.addAttribute("existing", true);
    model.addAttribute("auditTrail", audit.of("user", username));
    return FORM;
  }
}
