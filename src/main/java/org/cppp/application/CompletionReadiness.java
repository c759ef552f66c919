package org.cppp.application;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the completion (and so the final payment) of approved work still waits for. Only a
 * demonstration project is gated: it needs a completion report QA accepted and a signed
 * verification of its result.
 *
 * @param gated whether the scheme's completion needs these at all
 * @param verification the signed verification, or {@code null} while there is none
 */
public record CompletionReadiness(
    boolean gated, boolean completionReportAccepted, SignedVerifications.Signed verification) {

  @JsonProperty
  public boolean verificationSigned() {
    return verification != null;
  }

  /** Whether the work may be recorded as completed. */
  @JsonProperty
  public boolean met() {
    return !gated || (completionReportAccepted && verificationSigned());
  }
}
