package org.cppp.platform;

import org.cppp.shared.RuleViolation;

/**
 * A public form was sent too often from one client address or to one target address. A page shows
 * it on the form like any refusal; the API answers 429 with a {@code Retry-After}.
 */
public class TooManyRequests extends RuleViolation {

  private final long retryAfterSeconds;

  TooManyRequests(long retryAfterSeconds) {
    super(null, "rate.limited", Math.max(1, (retryAfterSeconds + 59) / 60));
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds until another request of this kind would be taken. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
