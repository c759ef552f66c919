package org.cppp.application.web;

import java.io.IOException;
import java.util.List;
import org.cppp.application.ApplicationDeliverables;
import org.cppp.application.DeliverableKind;
import org.cppp.application.DeliverableView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An application's deliverables: {@code /api/applications/{reference}/deliverables}. */
@RestController
@RequestMapping("/api/applications/{reference}/deliverables")
class DeliverableApi {

  private final ApplicationDeliverables deliverables;

  DeliverableApi(ApplicationDeliverables deliverables) {
    this.deliverables = deliverables;
  }

  @GetMapping
  List<DeliverableView> list(@PathVariable String reference) {
    return deliverables.of(reference);
  }

  @PostMapping(consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  DeliverableView upload(
      @PathVariable String reference,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) MultipartFile file)
      throws IOException {
    Upload upload = Upload.of(file);
    return deliverables.upload(
        reference, DeliverableKind.named(kind), upload.name(), upload.content());
  }

  /** A new revision of the file, in place of a returned (or not yet reviewed) one. */
  @PostMapping(path = "/{id}/revisions", consumes = "multipart/form-data")
  DeliverableView replace(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file)
      throws IOException {
    Upload upload = Upload.of(file);
    return deliverables.replace(reference, id, upload.name(), upload.content());
  }

  @PostMapping("/{id}/accept")
  DeliverableView accept(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestBody(required = false) Review review) {
    return deliverables.accept(reference, id, review == null ? null : review.note());
  }

  @PostMapping("/{id}/return")
  DeliverableView returnWithComments(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestBody(required = false) Review review) {
    return deliverables.returnWithComments(
        reference, id, review == null ? null : review.comments());
  }

  @GetMapping("/{id}/file")
  ResponseEntity<byte[]> download(
      @PathVariable String reference,
      @PathVariable long id,
      @RequestParam(required = false) Integer revision) {
    return Downloads.attachment(deliverables.download(reference, id, revision));
  }

  /** QA's review: an optional note when accepting, the comments when returning. */
  record Review(String note, String comments) {}
}
