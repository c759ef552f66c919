package org.cppp.application.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.cppp.application.ApplicationDeliverables;
import org.cppp.application.DeliverableAction;
import org.cppp.application.DeliverableKind;
import org.cppp.application.FundingApplications;
import org.cppp.platform.HtmxRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deliverables section of an application's page: hand in, replace, accept, return, download. An
 * htmx request gets the section of the same template back; a plain form post is redirected to the
 * page with the outcome.
 */
@Controller
@RequestMapping("/applications/{reference}/deliverables")
class DeliverablePages {

  private static final String PAGE = "application/show";

  private final ApplicationDeliverables deliverables;
  private final FundingApplications applications;
  private final MessageSource messages;
  private final Notices notices;

  DeliverablePages(
      ApplicationDeliverables deliverables,
      FundingApplications applications,
      MessageSource messages,
      Notices notices) {
    this.deliverables = deliverables;
    this.applications = applications;
    this.messages = messages;
    this.notices = notices;
  }

  /** Hands in a deliverable, or (given its id) a new revision of its file. */
  @PostMapping({"", "/{id}/revisions"})
  String handIn(
      @PathVariable String reference,
      @PathVariable(required = false) Long id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      Model model,
      RedirectAttributes flash,
      Locale locale)
      throws IOException {
    Upload upload = Upload.of(file);
    return answer(
        new Reply(request, model, flash, locale),
        reference,
        id == null ? DeliverableAction.UPLOADED : DeliverableAction.REPLACED,
        () -> {
          if (id == null) {
            deliverables.upload(
                reference, DeliverableKind.named(kind), upload.name(), upload.content());
          } else {
            deliverables.replace(reference, id, upload.name(), upload.content());
          }
        });
  }

  /** QA accepts (with an optional note) or returns (with comments) a deliverable. */
  @PostMapping("/{id}/{review:accept|return}")
  String review(
      @PathVariable String reference,
      @PathVariable long id,
      @PathVariable String review,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String comments,
      HttpServletRequest request,
      Model model,
      RedirectAttributes flash,
      Locale locale) {
    boolean accept = "accept".equals(review);
    return answer(
        new Reply(request, model, flash, locale),
        reference,
        accept ? DeliverableAction.ACCEPTED : DeliverableAction.RETURNED,
        () -> {
          if (accept) {
            deliverables.accept(reference, id, note);
          } else {
            deliverables.returnWithComments(reference, id, comments);
          }
        });
  }

  @GetMapping("/{id}/file")
  ResponseEntity<byte[]> download(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestParam(required = false) Integer revision) {
    return Downloads.attachment(deliverables.download(reference, id, revision));
  }

  /** Where the outcome goes: the request (htmx or not), the model, the flash, the language. */
  private record Reply(
      HttpServletRequest request, Model model, RedirectAttributes flash, Locale locale) {}

  /** Runs a change and answers with the section (htmx) or a redirect, saying how it went. */
  private String answer(Reply reply, String reference, DeliverableAction action, Runnable change) {
    String doneKey = "deliverable.done." + action.name();
    MessageSourceResolvable refusal = null;
    try {
      change.run();
    } catch (RuleViolation | StateConflict e) {
      refusal = e;
    }
    if (!HtmxRequest.is(reply.request())) {
      if (refusal == null) {
        notices.success(reply.flash(), doneKey);
      } else {
        notices.failure(reply.flash(), refusal);
      }
      return "redirect:/applications/" + reference + "#deliverables";
    }
    reply.model().addAttribute("app", applications.get(reference));
    reply.model().addAttribute("delivery", deliverables.delivery(reference));
    if (refusal == null) {
      reply.model().addAttribute("deliveryMessage", doneKey);
    } else {
      reply.model().addAttribute("deliveryError", messages.getMessage(refusal, reply.locale()));
    }
    return PAGE + " :: deliverables";
  }
}
