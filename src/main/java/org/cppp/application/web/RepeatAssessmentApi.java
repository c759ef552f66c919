package org.cppp.application.web;

import jakarta.validation.Valid;
import org.cppp.application.RepeatAssessments;
import org.cppp.application.RepeatClaim;
import org.cppp.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An assessment application's repeat-assessment claim: {@code /api/applications/{ref}/repeat}. */
@RestController
@RequestMapping("/api/applications/{reference}/repeat-assessment")
class RepeatAssessmentApi {

  private final RepeatAssessments repeats;

  RepeatAssessmentApi(RepeatAssessments repeats) {
    this.repeats = repeats;
  }

  @GetMapping
  RepeatClaim get(@PathVariable String reference) {
    return repeats
        .claim(reference)
        .orElseThrow(() -> new NotFoundException("Repeat-assessment claim of", reference));
  }

  @PutMapping
  RepeatClaim state(@PathVariable String reference, @Valid @RequestBody RepeatClaim claim) {
    return repeats.state(reference, claim);
  }
}
