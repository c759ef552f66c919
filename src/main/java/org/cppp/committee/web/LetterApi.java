package org.cppp.committee.web;

import org.cppp.committee.DecisionLetter;
import org.cppp.committee.Meetings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Decision letters: {@code /api/committee/letters/{reference}}. */
@RestController
class LetterApi {

  private final Meetings meetings;

  LetterApi(Meetings meetings) {
    this.meetings = meetings;
  }

  @GetMapping("/api/committee/letters/{reference}")
  DecisionLetter letter(@PathVariable String reference) {
    return meetings.letter(reference);
  }
}
