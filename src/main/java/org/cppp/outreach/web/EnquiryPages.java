package org.cppp.outreach.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.Language;
import org.cppp.outreach.Enquiries;
import org.cppp.outreach.EnquiryChannel;
import org.cppp.outreach.EnquiryStatus;
import org.cppp.outreach.EnquiryView;
import org.cppp.platform.FormSubmission;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
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

/** The officers' enquiry queue (oldest first, overdue flagged), hotline log and answers. */
@Controller
@RequestMapping("/outreach/enquiries")
class EnquiryPages {

  private final Enquiries enquiries;
  private final AuditTrail audit;
  private final SmartValidator validator;
  private final Notices notices;

  EnquiryPages(Enquiries enquiries, AuditTrail audit, SmartValidator validator, Notices notices) {
    this.enquiries = enquiries;
    this.audit = audit;
    this.validator = validator;
    this.notices = notices;
  }

  @ModelAttribute("channels")
  List<EnquiryChannel> channels() {
    return List.of(EnquiryChannel.values());
  }

  @ModelAttribute("languages")
  List<Language> languages() {
    return List.of(Language.values());
  }

  @GetMapping
  String queue(
      @RequestParam(required = false) EnquiryStatus status,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      HttpServletRequest request) {
    Set<EnquiryStatus> wanted =
        status == null
            ? EnumSet.of(EnquiryStatus.OPEN, EnquiryStatus.ANSWERED)
            : EnumSet.of(status);
    model.addAttribute("status", status);
    model.addAttribute("statuses", List.of(EnquiryStatus.values()));
    model.addAttribute("slaDays", enquiries.slaDays());
    model.addAttribute("enquiries", enquiries.queue(wanted, PageRequest.of(Math.max(page, 0), 25)));
    model.addAttribute("baseUrl", "/outreach/enquiries?status=" + (status == null ? "" : status));
    return HtmxRequest.view(request, "outreach/enquiries", "results");
  }

  @GetMapping("/new")
  String initLogForm(Model model) {
    model.addAttribute("enquiryLogForm", new EnquiryLogForm());
    return "outreach/enquiry-log";
  }

  @PostMapping("/new")
  String processLogForm(
      @ModelAttribute("enquiryLogForm") EnquiryLogForm form,
      BindingResult result,
      RedirectAttributes flash) {
    var saved =
        FormSubmission.save(
            validator, form.toCommand(), result, () -> enquiries.log(form.toCommand()));
    if (saved.isPresent()) {
      EnquiryView logged = saved.get();
      notices.success(flash, "outreach.enquiry.logged");
      return "redirect:/outreach/enquiries/" + logged.id();
    }
    return "outreach/enquiry-log";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("enquiry", enquiries.get(id));
    model.addAttribute("auditTrail", audit.of("enquiry", String.valueOf(id)));
    return "outreach/enquiry";
  }

  @PostMapping("/{id}/answer")
  String answer(@PathVariable long id, @RequestParam String answer, RedirectAttributes flash) {
    try {
      enquiries.answer(id, answer);
      notices.success(flash, "outreach.enquiry.answered");
    } catch (RuleViolation violation) {
      notices.failure(flash, violation);
    }
    return "redirect:/outreach/enquiries/" + id;
  }

  @PostMapping("/{id}/close")
  String close(@PathVariable long id, RedirectAttributes flash) {
    enquiries.close(id);
    notices.success(flash, "outreach.enquiry.closedMessage");
    return "redirect:/outreach/enquiries/" + id;
  }
}
