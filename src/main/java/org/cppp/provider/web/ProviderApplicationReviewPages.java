package org.cppp.provider.web;

import java.util.Locale;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.Attachments;
import org.cppp.platform.Notices;
import org.cppp.provider.CertificateContent;
import org.cppp.provider.ProviderApplicationView;
import org.cppp.provider.ProviderApplications;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' queue of providers' applications to join the register, the review of one (details,
 * certificate, possible duplicates) and its decision: register under a code, or refuse with a
 * reason. A refused decision shows again with the error next to its field.
 */
@Controller
@RequestMapping("/providers/applications")
class ProviderApplicationReviewPages {

  private static final String REVIEW = "provider/application";

  private final ProviderApplications applications;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Notices notices;

  ProviderApplicationReviewPages(
      ProviderApplications applications,
      AuditTrail audit,
      MessageSource messages,
      Notices notices) {
    this.applications = applications;
    this.audit = audit;
    this.messages = messages;
    this.notices = notices;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("applications", applications.queue(PageRequest.of(Math.max(page, 0), 20)));
    return "provider/applications";
  }

  @GetMapping("/{id}")
  String review(@PathVariable long id, Model model) {
    return show(id, model);
  }

  @GetMapping("/{id}/certificate")
  ResponseEntity<byte[]> certificate(@PathVariable long id) {
    CertificateContent file = applications.certificate(id);
    return Attachments.of(file.filename(), file.contentType(), file.content());
  }

  @PostMapping("/{id}/registration")
  String register(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String code,
      Model model,
      RedirectAttributes flash,
      Locale locale) {
    model.addAttribute("code", code);
    return decide(id, () -> applications.register(id, code), "code", model, flash, locale);
  }

  @PostMapping("/{id}/refusal")
  String refuse(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes flash,
      Locale locale) {
    model.addAttribute("reason", reason);
    return decide(id, () -> applications.refuse(id, reason), "reason", model, flash, locale);
  }

  /**
   * Runs the decision; done, back to the queue with what happened. Refused, the review again with
   * the message next to {@code field} (or above both forms when it names none).
   */
  private String decide(
      long id,
      java.util.function.Supplier<ProviderApplicationView> decision,
      String field,
      Model model,
      RedirectAttributes flash,
      Locale locale) {
    try {
      ProviderApplicationView decided = decision.get();
      notices.success(flash, "provider.application." + decided.status() + ".done");
      return "redirect:/providers/applications";
    } catch (RuleViolation refused) {
      if (field.equals(refused.field())) {
        model.addAttribute(field + "Error", messages.getMessage(refused, locale));
      } else {
        notices.failure(model, refused);
      }
      return show(id, model);
    } catch (StateConflict conflict) {
      notices.failure(flash, conflict);
      return "redirect:/providers/applications/" + id;
    }
  }

  private String show(long id, Model model) {
    model.addAttribute("review", applications.review(id));
    model.addAttribute("auditTrail", audit.of("provider-application", String.valueOf(id)));
    return REVIEW;
  }
}
