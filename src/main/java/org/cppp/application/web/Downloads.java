package org.cppp.application.web;

import org.cppp.application.DocumentContent;
import org.cppp.platform.Attachments;
import org.springframework.http.ResponseEntity;

/** A stored document as a download that the browser saves rather than renders. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> attachment(DocumentContent document) {
    return Attachments.of(document.filename(), document.contentType(), document.content());
  }
}
