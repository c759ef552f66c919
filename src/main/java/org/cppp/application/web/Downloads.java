package org.cppp.application.web;

import org.cppp.application.DocumentContent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored document as a download that the browser saves rather than renders. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> attachment(DocumentContent document) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(document.filename(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(document.content());
  }
}
