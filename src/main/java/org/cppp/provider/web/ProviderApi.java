package org.cppp.provider.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.cppp.provider.HistoryEntry;
import org.cppp.provider.ProviderBase;
import org.cppp.provider.ProviderDetails;
import org.cppp.provider.ProviderQuery;
import org.cppp.provider.ProviderStatistics;
import org.cppp.provider.ProviderStatus;
import org.cppp.provider.ProviderView;
import org.cppp.provider.Providers;
import org.cppp.provider.QualityCheckDetails;
import org.cppp.provider.QualityCheckView;
import org.cppp.provider.Specialism;
import org.cppp.provider.StatusChange;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register of ET service providers: {@code /api/providers}. */
@RestController
@RequestMapping("/api/providers")
class ProviderApi {

  private final Providers providers;

  ProviderApi(Providers providers) {
    this.providers = providers;
  }

  @GetMapping
  Page<ProviderView> list(
      @RequestParam(required = false) ProviderBase base,
      @RequestParam(required = false) Specialism specialism,
      @RequestParam(required = false) ProviderStatus status,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return providers.search(
        new ProviderQuery(base, specialism, status, q),
        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("code")));
  }

  @GetMapping("/statistics")
  ProviderStatistics statistics(
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate asAt) {
    return providers.statistics(from, to, asAt);
  }

  @GetMapping("/{code}")
  ProviderView get(@PathVariable String code) {
    return providers.get(code);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ProviderView register(@Valid @RequestBody ProviderDetails details) {
    return providers.register(details);
  }

  @PutMapping("/{code}")
  ProviderView update(@PathVariable String code, @Valid @RequestBody ProviderDetails details) {
    return providers.update(code, details);
  }

  @PostMapping("/{code}/removal")
  ProviderView remove(@PathVariable String code, @Valid @RequestBody StatusChange change) {
    return providers.remove(code, change.on(), change.reason());
  }

  @PostMapping("/{code}/reinstatement")
  ProviderView reinstate(@PathVariable String code, @Valid @RequestBody StatusChange change) {
    return providers.reinstate(code, change.on(), change.reason());
  }

  @GetMapping("/{code}/history")
  List<HistoryEntry> history(@PathVariable String code) {
    return providers.history(code);
  }

  @GetMapping("/{code}/quality-checks")
  List<QualityCheckView> qualityChecks(@PathVariable String code) {
    return providers.qualityChecks(code);
  }

  @PostMapping("/{code}/quality-checks")
  @ResponseStatus(HttpStatus.CREATED)
  QualityCheckView recordQualityCheck(
      @PathVariable String code, @Valid @RequestBody QualityCheckDetails details) {
    return providers.recordQualityCheck(code, details);
  }
}
