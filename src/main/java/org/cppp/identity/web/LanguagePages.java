package org.cppp.identity.web;

import org.cppp.identity.Language;
import org.cppp.identity.Users;
import org.cppp.platform.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user chooses the language of their mails, on their account page. */
@Controller
@RequestMapping("/account/language")
class LanguagePages {

  private final Users users;
  private final Notices notices;

  LanguagePages(Users users, Notices notices) {
    this.users = users;
    this.notices = notices;
  }

  @PostMapping
  String processLanguageForm(@RequestParam Language language, RedirectAttributes flash) {
    users.changeOwnLanguage(language);
    notices.success(flash, "user.language.changed");
    return "redirect:/account/password";
  }
}
