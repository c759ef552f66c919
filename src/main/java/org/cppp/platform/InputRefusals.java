package org.cppp.platform;

import org.cppp.shared.RuleViolation;

/** Finds the input parser's refusal behind a conversion or a JSON reading failure. */
final class InputRefusals {

  private InputRefusals() {}

  static RuleViolation of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof RuleViolation violation) {
        return violation;
      }
    }
    return null;
  }
}
