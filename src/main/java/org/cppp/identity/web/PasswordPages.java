package org.cppp.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cppp.identity.Language;
import org.cppp.identity.Users;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password here, and sees the language of their mails. */
@Controller
@RequestMapping("/account/password")
class PasswordPages {

  private static final String FORM = "identity/password";

  private final Users users;
  private final SmartValidator validator;
  private final Notices notices;

  PasswordPages(Users users, SmartValidator validator, Notices notices) {
    this.users = users;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute("ownLanguage")
  Language ownLanguage() {
    return users.ownLanguage();
  }

  @ModelAttribute("allLanguages")
  List<Language> allLanguages() {
    return List.of(Language.values());
  }

  @GetMapping
  String initPasswordForm(@ModelAttribute("passwordForm") PasswordForm form) {
    return FORM;
  }

  @PostMapping
  String processPasswordForm(
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult result,
      HttpServletRequest request,
      RedirectAttributes flash) {
    if (!form.repeatedCorrectly()) {
      result.rejectValue("repeatPassword", "user.password.repeat.mismatch");
    } else if (FormSubmission.run(validator, form, result, () -> change(form, request))) {
      notices.success(flash, "user.password.changed");
      return "redirect:/account/password";
    }
    form.forget();
    return FORM;
  }

  private void change(PasswordForm form, HttpServletRequest request) {
    // a new session id too: whoever knew the old one is out with the other sessions
    String kept = request.getSession().getId();
    users.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(), kept);
    request.changeSessionId();
  }
}
