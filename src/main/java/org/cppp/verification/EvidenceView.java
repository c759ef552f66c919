package org.cppp.verification;

import java.time.Instant;

/** An evidence file of a period (a bill, a meter photo, a lab or stack-test report). */
public record EvidenceView(
    long id,
    Period period,
    String filename,
    String contentType,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt) {

  /** An evidence file's bytes, for download. */
  public record Content(String filename, String contentType, byte[] bytes) {}
}
