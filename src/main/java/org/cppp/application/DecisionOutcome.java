package org.cppp.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a decision on an application (or on a variation request) decides: the one vocabulary of the
 * committee's items, circulations, delegated decisions and the application's decide path. The names
 * are what is stored and shown ({@code APPROVED}); the verb is how a request names it ({@code POST
 * /api/applications/{ref}/approve}, a variation's {@code "outcome":"APPROVE"}).
 */
public enum DecisionOutcome {
  APPROVED("approve", ApplicationStatus.APPROVED),
  REJECTED("reject", ApplicationStatus.REJECTED),
  DEFERRED("defer", ApplicationStatus.DEFERRED);

  private final String verb;
  private final ApplicationStatus status;

  DecisionOutcome(String verb, ApplicationStatus status) {
    this.verb = verb;
    this.status = status;
  }

  /** The verb a request names it by, in lower case ({@code approve}). */
  public String verb() {
    return verb;
  }

  /** The status an application decided so moves to. */
  public ApplicationStatus status() {
    return status;
  }

  /** The outcome named by its verb, in any case ({@code approve}, {@code APPROVE}). */
  public static Optional<DecisionOutcome> byVerb(String verb) {
    return verb == null
        ? Optional.empty()
        : Arrays.stream(values())
            .filter(o -> o.verb.equals(verb.toLowerCase(Locale.ROOT)))
            .findFirst();
  }
}
