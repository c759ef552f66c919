package org.cppp.application.web;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file's name as sent and its bytes; both {@code null} when no file was sent. */
record Upload(String name, byte[] content) {

  static Upload of(MultipartFile file) throws IOException {
    return file == null
        ? new Upload(null, null)
        : new Upload(file.getOriginalFilename(), file.getBytes());
  }
}
