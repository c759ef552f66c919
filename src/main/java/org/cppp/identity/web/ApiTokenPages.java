package org.cppp.identity.web;

import org.cppp.identity.ApiTokens;
import org.cppp.identity.CreatedApiToken;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
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
 * Every signed-in user's personal access tokens for the API: the list, a new one (its secret shown
 * once, on the page that follows), and revoking one.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenPages {

  private static final String PAGE = "identity/tokens";
  private static final int PAGE_SIZE = 25;

  private final ApiTokens tokens;
  private final SmartValidator validator;
  private final Notices notices;

  ApiTokenPages(ApiTokens tokens, SmartValidator validator, Notices notices) {
    this.tokens = tokens;
    this.validator = validator;
    this.notices = notices;
  }

  @GetMapping
  String showTokens(
      @ModelAttribute("tokenForm") TokenForm form,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return show(page, model);
  }

  @PostMapping
  String processTokenForm(
      @ModelAttribute("tokenForm") TokenForm form,
      BindingResult result,
      Model model,
      RedirectAttributes flash) {
    return FormSubmission.save(validator, form, result, () -> tokens.create(form.command()))
        .map(
            (CreatedApiToken created) -> {
              flash.addFlashAttribute("createdSecret", created.secret());
              notices.success(flash, "token.created");
              return "redirect:/account/tokens";
            })
        .orElseGet(() -> show(0, model));
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes flash) {
    tokens.revoke(id);
    notices.success(flash, "token.revoked");
    return "redirect:/account/tokens";
  }

  private String show(int page, Model model) {
    model.addAttribute("tokens", tokens.own(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    return PAGE;
  }
}
