package org.cppp.factory.web;

import java.util.Locale;
import org.cppp.factory.DuplicateReview;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The possible-duplicates page's review form: dismiss a pair, or merge one into the other. */
@Controller
class DuplicateReviewPages {

  private final DuplicateReview review;
  private final MessageSource messages;

  DuplicateReviewPages(DuplicateReview review, MessageSource messages) {
    this.review = review;
    this.messages = messages;
  }

  @PostMapping("/factories/duplicates/review")
  String review(
      @RequestParam String brNumber,
      @RequestParam String otherBr,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam String decision,
      RedirectAttributes flash,
      Locale locale) {
    try {
      switch (decision) {
        case "dismiss" -> review.dismiss(brNumber, otherBr, reason);
        case "merge-other" -> review.merge(otherBr, brNumber, reason);
        case "merge-factory" -> review.merge(brNumber, otherBr, reason);
        default -> throw new RuleViolation("decision", "duplicates.decision.unknown");
      }
      flash.addFlashAttribute("message", "duplicates.done." + decision);
    } catch (RuleViolation | StateConflict e) {
      flash.addFlashAttribute("errorText", messages.getMessage(e, locale));
    }
    return "redirect:/factories/duplicates";
  }
}
