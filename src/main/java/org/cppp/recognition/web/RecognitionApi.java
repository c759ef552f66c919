package org.cppp.recognition.web;

import jakarta.validation.Valid;
import org.cppp.recognition.Assessment;
import org.cppp.recognition.CycleAction;
import org.cppp.recognition.CycleView;
import org.cppp.recognition.NewCycle;
import org.cppp.recognition.NewNomination;
import org.cppp.recognition.NominationFilter;
import org.cppp.recognition.NominationView;
import org.cppp.recognition.Outcome;
import org.cppp.recognition.RecognitionCycles;
import org.cppp.recognition.RecognitionFigures;
import org.cppp.recognition.RecognitionNominations;
import org.cppp.shared.RuleViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recognition cycles and their nominations: {@code /api/recognition/cycles}. */
@RestController
@RequestMapping("/api/recognition/cycles")
class RecognitionApi {

  private final RecognitionCycles cycles;
  private final RecognitionNominations nominations;

  RecognitionApi(RecognitionCycles cycles, RecognitionNominations nominations) {
    this.cycles = cycles;
    this.nominations = nominations;
  }

  @GetMapping
  Page<CycleView> list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return cycles.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CycleView create(@Valid @RequestBody NewCycle cycle) {
    return cycles.create(cycle);
  }

  @GetMapping("/{year}")
  CycleView get(@PathVariable int year) {
    return cycles.get(year);
  }

  @GetMapping("/{year}/figures")
  RecognitionFigures figures(@PathVariable int year) {
    return cycles.figures(year);
  }

  @PostMapping("/{year}/{action:[a-z]+}")
  CycleView transition(@PathVariable int year, @PathVariable String action) {
    CycleAction parsed = CycleAction.parse(action);
    if (parsed == null) {
      throw new RuleViolation("action", "recognition.cycle.unknown-action", action);
    }
    return cycles.transition(year, parsed);
  }

  @GetMapping("/{year}/nominations")
  Page<NominationView> nominations(
      @PathVariable int year,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String category,
      @RequestParam(required = false) Outcome outcome,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return nominations.search(
        year,
        new NominationFilter(q, category, outcome),
        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("nameEn")));
  }

  @PostMapping("/{year}/nominations")
  @ResponseStatus(HttpStatus.CREATED)
  NominationView nominate(@PathVariable int year, @Valid @RequestBody NewNomination nomination) {
    return nominations.nominate(year, nomination);
  }

  @GetMapping("/{year}/nominations/{id}")
  NominationView nomination(@PathVariable int year, @PathVariable long id) {
    return nominations.get(year, id);
  }

  @PostMapping("/{year}/nominations/{id}/assessment")
  NominationView assess(
      @PathVariable int year, @PathVariable long id, @Valid @RequestBody Assessment assessment) {
    return nominations.assess(year, id, assessment);
  }

  @PostMapping("/{year}/nominations/bulk")
  BulkAdded bulk(@PathVariable int year, @RequestBody String lines) {
    return new BulkAdded(nominations.addRecognised(year, lines));
  }

  /** How many recognised names a bulk entry added. */
  record BulkAdded(int added) {}
}
