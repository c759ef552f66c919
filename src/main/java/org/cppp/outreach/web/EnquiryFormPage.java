package org.cppp.outreach.web;

import java.util.Locale;
import org.cppp.outreach.Enquiries;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.Notices;
import org.cppp.platform.RateLimited;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public enquiry form. A filled honeypot is thanked and dropped; how often one may send is the
 * facade's rule (per client address and per contact).
 */
@Controller
@RequestMapping("/enquiry")
class EnquiryFormPage {

  private static final String FORM = "outreach/enquiry-form";

  private final Enquiries enquiries;
  private final SmartValidator validator;
  private final Notices notices;

  EnquiryFormPage(Enquiries enquiries, SmartValidator validator, Notices notices) {
    this.enquiries = enquiries;
    this.validator = validator;
    this.notices = notices;
  }

  @GetMapping
  String initEnquiryForm(org.springframework.ui.Model model) {
    model.addAttribute("enquiryForm", new EnquiryForm());
    return FORM;
  }

  @PostMapping
  @RateLimited("enquiry")
  String processEnquiryForm(
      @ModelAttribute("enquiryForm") EnquiryForm form,
      BindingResult result,
      Locale locale,
      RedirectAttributes flash) {
    if (form.looksLikeABot()) {
      notices.success(flash, "outreach.enquiry.sent");
      return "redirect:/enquiry";
    }
    if (FormSubmission.run(
        validator, form.toEnquiry(), result, () -> enquiries.submit(form.toEnquiry(), locale))) {
      notices.success(flash, "outreach.enquiry.sent");
      return "redirect:/enquiry";
    }
    return FORM;
  }
}
