package org.cppp.application.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationDocuments;
import org.cppp.application.ApplicationDraft;
import org.cppp.application.ApplicationPayments;
import org.cppp.application.ApplicationQuery;
import org.cppp.application.ApplicationView;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.DelegationOption;
import org.cppp.application.DocumentKind;
import org.cppp.application.DocumentView;
import org.cppp.application.FeedItem;
import org.cppp.application.FundingApplications;
import org.cppp.application.PaymentsView;
import org.cppp.application.ScreeningReport;
import org.cppp.application.TimelineEntry;
import org.cppp.funding.LedgerEntryView;
import org.cppp.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Funding applications: {@code /api/applications}. */
@RestController
@RequestMapping("/api/applications")
class ApplicationApi {

  private final FundingApplications applications;
  private final ApplicationDocuments documents;
  private final ApplicationPayments payments;

  ApplicationApi(
      FundingApplications applications,
      ApplicationDocuments documents,
      ApplicationPayments payments) {
    this.applications = applications;
    this.documents = documents;
    this.payments = payments;
  }

  @GetMapping
  Page<ApplicationView> list(
      @ModelAttribute ApplicationQuery query,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return applications.search(
        query,
        PageRequest.of(
            Math.max(page, 0),
            Math.min(Math.max(size, 1), 500),
            Sort.by(Sort.Direction.DESC, "id")));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApplicationView create(@Valid @RequestBody NewApplicationRequest request) {
    return applications.create(request.factoryBr(), request.scheme(), request.draft());
  }

  @GetMapping("/feed")
  List<FeedItem> feed(@RequestParam(defaultValue = "50") int limit) {
    return applications.feed(limit);
  }

  @GetMapping("/{reference}")
  ApplicationView get(@PathVariable String reference) {
    return applications.get(reference);
  }

  @PutMapping("/{reference}")
  ApplicationView saveDraft(
      @PathVariable String reference, @Valid @RequestBody ApplicationDraft draft) {
    return applications.saveDraft(reference, draft);
  }

  @GetMapping("/{reference}/timeline")
  List<TimelineEntry> timeline(@PathVariable String reference) {
    return applications.timeline(reference);
  }

  @GetMapping("/{reference}/screening")
  ScreeningReport screening(@PathVariable String reference) {
    return applications.screening(reference);
  }

  @PostMapping("/{reference}/submit")
  ApplicationView submit(@PathVariable String reference) {
    return applications.submit(reference);
  }

  @GetMapping("/{reference}/ledger")
  List<LedgerEntryView> ledger(@PathVariable String reference) {
    return applications.ledger(reference);
  }

  @GetMapping("/{reference}/payments")
  PaymentsView payments(@PathVariable String reference) {
    return payments.payments(reference);
  }

  @PostMapping("/{reference}/payments")
  @ResponseStatus(HttpStatus.CREATED)
  LedgerEntryView pay(@PathVariable String reference, @Valid @RequestBody PaymentRequest payment) {
    return payments.recordPayment(
        reference, payment.amountHkd(), payment.invoiceRef(), payment.paidOn());
  }

  @PostMapping({"/{reference}/approve", "/{reference}/reject", "/{reference}/defer"})
  ApplicationView decide(
      @PathVariable String reference,
      @Valid @RequestBody DecisionRequest request,
      jakarta.servlet.http.HttpServletRequest http) {
    String path = http.getRequestURI().substring(http.getRequestURI().lastIndexOf('/') + 1);
    DecisionOutcome outcome = DecisionOutcome.byVerb(path).orElseThrow();
    return applications.decide(reference, request.decision(outcome));
  }

  @GetMapping("/{reference}/delegations")
  List<DelegationOption> delegations(@PathVariable String reference) {
    return applications.delegations(reference);
  }

  @PostMapping("/{reference}/{action}")
  ApplicationView act(
      @PathVariable String reference,
      @PathVariable String action,
      @Valid @RequestBody(required = false) ActionInput input) {
    ApplicationAction known =
        ApplicationAction.byPath(action).orElseThrow(() -> new NotFoundException("Action", action));
    return applications.act(reference, known, input);
  }

  @GetMapping("/{reference}/documents")
  List<DocumentView> documents(@PathVariable String reference) {
    return documents.of(reference);
  }

  @PostMapping(path = "/{reference}/documents", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  DocumentView upload(
      @PathVariable String reference,
      @RequestParam DocumentKind kind,
      @RequestParam MultipartFile file)
      throws IOException {
    return documents.upload(reference, kind, file.getOriginalFilename(), file.getBytes());
  }

  @GetMapping("/{reference}/documents/{id}")
  ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable long id) {
    return Downloads.attachment(documents.download(reference, id));
  }
}
