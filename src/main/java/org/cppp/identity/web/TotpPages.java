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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every password user's two-factor sign-in: enrol an authenticator (QR code and secret, confirmed
 * with a code; then the recovery codes, shown once), replace it, or turn it off.
 */
@Controller
@RequestMapping("/account/totp")
class TotpPages {

  private static final String PAGE = "identity/totp";
  private static final String HERE = "redirect:/account/totp";

  private final TwoFactor twoFactor;
  private final SecondFactorSessions sessions;
  private final Notices notices;

  TotpPages(TwoFactor twoFactor, SecondFactorSessions sessions, Notices notices) {
    this.twoFactor = twoFactor;
    this.sessions = sessions;
    this.notices = notices;
  }

  @GetMapping
  String showTotp(Model model) {
    model.addAttribute("enrolled", twoFactor.enrolled());
    model.addAttribute("required", twoFactor.requiredForMe());
    model.addAttribute("pendingSignIn", SecondFactorSessions.pending());
    model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft());
    twoFactor.pendingEnrolment().ifPresent(e -> model.addAttribute("enrolment", e));
    return PAGE;
  }

  @PostMapping("/start")
  String start(RedirectAttributes flash) {
    return attempt(flash, twoFactor::startEnrolment);
  }

  @PostMapping("/confirm")
  String confirm(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes flash) {
    try {
      model.addAttribute("recoveryCodes", twoFactor.confirmEnrolment(code));
    } catch (RuleViolation wrong) {
      notices.failure(flash, wrong);
      return HERE;
    }
    model.addAttribute("next", sessions.complete(request, response));
    return "identity/totp-recovery-codes";
  }

  @PostMapping("/reenrol")
  String reenrol(@RequestParam(defaultValue = "") String code, RedirectAttributes flash) {
    return attempt(flash, () -> twoFactor.reenrol(code));
  }

  @PostMapping("/disable")
  String disable(@RequestParam(defaultValue = "") String code, RedirectAttributes flash) {
    String next = attempt(flash, () -> twoFactor.disable(code));
    if (!flash.getFlashAttributes().containsKey(Notices.ATTRIBUTE)) {
      notices.success(flash, "totp.disabled");
    }
    return next;
  }

  private String attempt(RedirectAttributes flash, Runnable change) {
    try {
      change.run();
    } catch (RuleViolation refused) {
      notices.failure(flash, refused);
    }
    return HERE;
  }
}
