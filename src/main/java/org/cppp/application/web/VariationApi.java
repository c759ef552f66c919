package org.cppp.application.web;

import jakarta.validation.Valid;
import java.util.List;
import org.cppp.application.ApplicationVariations;
import org.cppp.application.DelegationOption;
import org.cppp.application.VariationRequest;
import org.cppp.application.VariationView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Variation requests of an application: {@code /api/applications/{ref}/variations}. */
@RestController
@RequestMapping("/api/applications/{reference}/variations")
class VariationApi {

  private final ApplicationVariations variations;

  VariationApi(ApplicationVariations variations) {
    this.variations = variations;
  }

  @GetMapping
  List<VariationView> list(@PathVariable String reference) {
    return variations.of(reference);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  VariationView request(
      @PathVariable String reference, @Valid @RequestBody VariationRequest request) {
    return variations.request(reference, request);
  }

  @GetMapping("/{id}")
  VariationView get(@PathVariable String reference, @PathVariable long id) {
    return variations.get(reference, id);
  }

  @GetMapping("/{id}/delegations")
  List<DelegationOption> delegations(@PathVariable String reference, @PathVariable long id) {
    return variations.delegations(reference, id);
  }

  @PostMapping("/{id}/decision")
  VariationView decide(
      @PathVariable String reference,
      @PathVariable long id,
      @Valid @RequestBody VariationDecisionRequest request) {
    return variations.decide(reference, id, request.decision());
  }
}
