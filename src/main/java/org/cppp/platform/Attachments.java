package org.cppp.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored upload as a download the browser saves rather than renders, under its cleaned name, in
 * the type its bytes were checked to be, never sniffed for another.
 */
public final class Attachments {

  private Attachments() {}

  public static ResponseEntity<byte[]> of(String filename, String contentType, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(contentType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
