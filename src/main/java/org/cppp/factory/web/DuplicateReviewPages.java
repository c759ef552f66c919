package org.cppp.factory.web;

import org.cppp.factory.DuplicateReview;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The possible-duplicates page's review form: dismiss a pair, or merge one into the other. */
@Controller
class DuplicateReviewPages {

  private final DuplicateReview review;
  private final Notices notices;

  DuplicateReviewPages(DuplicateReview review, Notices notices) {
    this.review = review;
    this.notices = notices;
  }

  @PostMapping("/factories/duplicates/review")
  String review(
      @RequestParam String brNumber,
      @RequestParam String otherBr,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam String decision,
      RedirectAttributes flash) {
    try {
      switch (decision) {
        case "dismiss" -> review.dismiss(brNumber, otherBr, reason);
        case "merge-other" -> review.merge(otherBr, brNumber, reason);
        case "merge-factory" -> review.merge(brNumber, otherBr, reason);
        default -> throw new RuleViolation("decision", "duplicates.decision.unknown");
      }
      notices.success(flash, "duplicates.done." + decision);
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/factories/duplicates";
  }
}
