package org.cppp.factory.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.cppp.factory.BusinessDetails;
import org.cppp.factory.BusinessView;
import org.cppp.factory.Businesses;
import org.cppp.factory.FactoryLinkView;
import org.cppp.factory.FactorySummary;
import org.cppp.factory.LinkRequest;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicants: {@code /api/businesses} (Hong Kong businesses, workshops, associations), {@code
 * /api/associations} (the trade associations), and a factory's link at {@code
 * /api/factories/{br}/link}.
 */
@RestController
class BusinessApi {

  private final Businesses businesses;

  BusinessApi(Businesses businesses) {
    this.businesses = businesses;
  }

  @GetMapping("/api/businesses")
  Page<BusinessView> list(
      @RequestParam(required = false) ApplicantKind kind,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return businesses.list(kind, pageOf(page, size));
  }

  @GetMapping("/api/associations")
  Page<BusinessView> associations(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return businesses.list(ApplicantKind.TRADE_ASSOCIATION, pageOf(page, size));
  }

  @PostMapping("/api/businesses")
  @ResponseStatus(HttpStatus.CREATED)
  BusinessView register(@Valid @RequestBody BusinessDetails details) {
    return businesses.register(details);
  }

  @GetMapping("/api/businesses/{br}")
  BusinessView get(@PathVariable String br) {
    return businesses.get(br);
  }

  @GetMapping("/api/businesses/{br}/factories")
  Page<FactorySummary> factories(
      @PathVariable String br,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return businesses.factories(br, pageOf(page, size));
  }

  @PutMapping("/api/businesses/{br}/factories/{factoryBr}")
  FactoryLinkView link(
      @PathVariable String br,
      @PathVariable String factoryBr,
      @Valid @RequestBody LinkRequest request) {
    return businesses.link(br, factoryBr, request);
  }

  @GetMapping("/api/factories/{br}/link")
  FactoryLinkView linkOf(@PathVariable String br) {
    return businesses.linkOf(br).orElseThrow(() -> new NotFoundException("Link of", br));
  }

  /** Unlinks the factory from its business: {@code {"reason":"..."}}; answered 204. */
  @DeleteMapping("/api/factories/{br}/link")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unlink(@PathVariable String br, @RequestBody(required = false) UnlinkRequest request) {
    businesses.unlink(br, request == null ? null : request.reason());
  }

  /** Why a factory is unlinked from its business (kept in the audit trail). */
  record UnlinkRequest(String reason) {}

  @PostMapping("/api/factories/{br}/link/evidence/{number}/checked")
  FactoryLinkView check(@PathVariable String br, @PathVariable int number) {
    return businesses.checkEvidence(br, number);
  }

  @GetMapping("/api/applicants/{br}/kind")
  Map<String, String> kind(@PathVariable String br) {
    ApplicantKind kind =
        businesses.applicantKind(br).orElseThrow(() -> new NotFoundException("Applicant", br));
    return Map.of("brNumber", br, "kind", kind.name());
  }

  private static PageRequest pageOf(int page, int size) {
    return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("brNumber"));
  }
}
