package org.cppp.application.web;

import jakarta.validation.Valid;
import org.cppp.application.ApplicationVariations;
import org.cppp.application.VariationRequest;
import org.cppp.platform.Notices;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The variations section's forms: the factory asks, an officer decides under delegation. */
@Controller
class VariationPages {

  private final ApplicationVariations variations;
  private final Notices notices;

  VariationPages(ApplicationVariations variations, Notices notices) {
    this.variations = variations;
    this.notices = notices;
  }

  @PostMapping("/applications/{reference}/variations")
  String request(
      @PathVariable String reference,
      @Valid @ModelAttribute VariationRequest request,
      RedirectAttributes flash) {
    try {
      variations.request(reference, request);
      notices.success(flash, "variation.requested");
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/applications/" + reference + "#variations";
  }

  @PostMapping("/applications/{reference}/variations/{id}/decision")
  String decide(
      @PathVariable String reference,
      @PathVariable long id,
      @Valid @ModelAttribute VariationDecisionRequest request,
      RedirectAttributes flash) {
    try {
      variations.decide(reference, id, request.decision());
      notices.success(flash, "variation.decided");
    } catch (RuleViolation | StateConflict e) {
      notices.failure(flash, e);
    }
    return "redirect:/applications/" + reference + "#variations";
  }
}
