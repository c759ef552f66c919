package org.cppp.application.web;

import java.util.List;
import org.cppp.application.ScreeningOverrideView;
import org.cppp.application.ScreeningOverrides;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Overrides of failed screening checks: {@code /api/applications/{reference}/screening/overrides}.
 */
@RestController
@RequestMapping("/api/applications/{reference}/screening/overrides")
class ScreeningOverrideApi {

  private final ScreeningOverrides overrides;

  ScreeningOverrideApi(ScreeningOverrides overrides) {
    this.overrides = overrides;
  }

  @GetMapping
  List<ScreeningOverrideView> list(@PathVariable String reference) {
    return overrides.overrides(reference);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  List<ScreeningOverrideView> override(
      @PathVariable String reference, @RequestBody ScreeningOverrideRequest request) {
    return overrides.override(reference, request.checks(), request.reason());
  }
}
