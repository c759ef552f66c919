package org.cppp.factory.web;

import org.cppp.factory.DuplicateMerge;
import org.cppp.factory.DuplicateReview;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviewing possible duplicates: {@code /api/factories/duplicates/dismissals} and {@code merges}.
 */
@RestController
@RequestMapping("/api/factories/duplicates")
class DuplicateReviewApi {

  /** A pair and the officer's reason. */
  record Dismissal(String brNumber, String otherBr, String reason) {}

  /** The factory merged, the one it is merged into, and why. */
  record Merge(String mergedBr, String survivorBr, String reason) {}

  private final DuplicateReview review;

  DuplicateReviewApi(DuplicateReview review) {
    this.review = review;
  }

  @PostMapping("/dismissals")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void dismiss(@RequestBody Dismissal dismissal) {
    review.dismiss(dismissal.brNumber(), dismissal.otherBr(), dismissal.reason());
  }

  @PostMapping("/merges")
  @ResponseStatus(HttpStatus.CREATED)
  DuplicateMerge merge(@RequestBody Merge merge) {
    return review.merge(merge.mergedBr(), merge.survivorBr(), merge.reason());
  }
}
