package org.cppp.outreach.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.cppp.outreach.Enquiries;
import org.cppp.platform.FormErrors;
import org.cppp.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public enquiry form. A filled honeypot is thanked and dropped; a session may send only a few
 * enquiries within a window.
 */
@Controller
@RequestMapping("/enquiry")
class EnquiryFormPage {

  private static final String FORM = "outreach/enquiry-form";
  private static final String SENT = EnquiryFormPage.class.getName() + ".sent";

  private final Enquiries enquiries;
  private final SmartValidator validator;
  private final int maxPerWindow;
  private final Duration window;

  EnquiryFormPage(
      Enquiries enquiries,
      SmartValidator validator,
      @Value("${cppp.enquiry.max-per-session:3}") int maxPerWindow,
      @Value("${cppp.enquiry.window-minutes:10}") long windowMinutes) {
    this.enquiries = enquiries;
    this.validator = validator;
    this.maxPerWindow = maxPerWindow;
    this.window = Duration.ofMinutes(windowMinutes);
  }

  @GetMapping
  String initEnquiryForm(org.springframework.ui.Model model) {
    model.addAttribute("enquiryForm", new EnquiryForm());
    return FORM;
  }

  @PostMapping
  String processEnquiryForm(
      @ModelAttribute("enquiryForm") EnquiryForm form,
      BindingResult result,
      HttpSession session,
      RedirectAttributes flash) {
    if (form.looksLikeABot()) {
      flash.addFlashAttribute("message", "outreach.enquiry.sent");
      return "redirect:/enquiry";
    }
    validator.validate(form.toEnquiry(), result);
    if (!result.hasErrors() && !allow(session)) {
      result.reject("outreach.enquiry.tooMany");
    }
    if (!result.hasErrors()) {
      try {
        enquiries.submit(form.toEnquiry());
        flash.addFlashAttribute("message", "outreach.enquiry.sent");
        return "redirect:/enquiry";
      } catch (RuleViolation violation) {
        FormErrors.reject(result, violation);
      }
    }
    return FORM;
  }

  @SuppressWarnings("unchecked")
  private boolean allow(HttpSession session) {
    synchronized (session.getId().intern()) {
      Deque<Instant> sent = (Deque<Instant>) session.getAttribute(SENT);
      if (sent == null) {
        sent = new ArrayDeque<>();
      }
      Instant now = Instant.now();
      while (!sent.isEmpty() && sent.peekFirst().isBefore(now.minus(window))) {
        sent.pollFirst();
      }
      if (sent.size() >= maxPerWindow) {
        return false;
      }
      sent.addLast(now);
      session.setAttribute(SENT, sent);
      return true;
    }
  }
}
