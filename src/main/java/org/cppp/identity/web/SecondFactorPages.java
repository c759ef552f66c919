package org.cppp.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cppp.identity.SecondFactorSessions;
import org.cppp.identity.TwoFactor;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of a password sign-in: a code from the authenticator, or a recovery code. */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorPages {

  private static final String PAGE = "identity/second-factor";

  private final TwoFactor twoFactor;
  private final SecondFactorSessions sessions;
  private final Notices notices;

  SecondFactorPages(TwoFactor twoFactor, SecondFactorSessions sessions, Notices notices) {
    this.twoFactor = twoFactor;
    this.sessions = sessions;
    this.notices = notices;
  }

  @GetMapping
  String showSecondFactor() {
    return SecondFactorSessions.pending() ? PAGE : "redirect:/dashboard";
  }

  @PostMapping
  String processSecondFactor(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!SecondFactorSessions.pending()) {
      return "redirect:/dashboard";
    }
    try {
      twoFactor.verifySecondFactor(code);
    } catch (RuleViolation wrong) {
      notices.failure(model, wrong);
      return PAGE;
    }
    return "redirect:" + sessions.complete(request, response);
  }
}
