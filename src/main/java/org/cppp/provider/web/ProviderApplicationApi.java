package org.cppp.provider.web;

import org.cppp.platform.Attachments;
import org.cppp.provider.CertificateContent;
import org.cppp.provider.ProviderApplicationReview;
import org.cppp.provider.ProviderApplicationStatus;
import org.cppp.provider.ProviderApplicationView;
import org.cppp.provider.ProviderApplications;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Providers' applications to join the register, for officers: {@code /api/provider-applications}.
 */
@RestController
@RequestMapping("/api/provider-applications")
class ProviderApplicationApi {

  private final ProviderApplications applications;

  ProviderApplicationApi(ProviderApplications applications) {
    this.applications = applications;
  }

  /** The code to register the provider under. */
  record Registration(String code) {}

  /** Why the application is refused (told to the sender). */
  record Refusal(String reason) {}

  @GetMapping
  Page<ProviderApplicationView> list(
      @RequestParam(defaultValue = "PENDING") ProviderApplicationStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return applications.list(
        status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
  }

  @GetMapping("/{id}")
  ProviderApplicationReview get(@PathVariable long id) {
    return applications.review(id);
  }

  @GetMapping("/{id}/certificate")
  ResponseEntity<byte[]> certificate(@PathVariable long id) {
    CertificateContent file = applications.certificate(id);
    return Attachments.of(file.filename(), file.contentType(), file.content());
  }

  @PostMapping("/{id}/registration")
  ProviderApplicationView register(@PathVariable long id, @RequestBody Registration body) {
    return applications.register(id, body.code());
  }

  @PostMapping("/{id}/refusal")
  ProviderApplicationView refuse(@PathVariable long id, @RequestBody Refusal body) {
    return applications.refuse(id, body.reason());
  }
}
