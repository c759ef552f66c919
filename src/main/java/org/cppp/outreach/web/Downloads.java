package org.cppp.outreach.web;

import java.nio.charset.StandardCharsets;
import org.cppp.outreach.FileContent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as an HTTP response: attachment for documents, inline for photos. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> of(FileContent file, boolean inline) {
    ContentDisposition disposition =
        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.filename(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(file.content());
  }
}
