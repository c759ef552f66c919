package org.cppp.application;

import java.util.List;

/**
 * The checks an officer sees before passing an application to the committee.
 *
 * @param findings each check, passed or not, with a message key and its arguments
 */
public record ScreeningReport(String reference, List<Finding> findings) {

  public ScreeningReport {
    findings = List.copyOf(findings);
  }

  public boolean allPassed() {
    return findings.stream().allMatch(Finding::passed);
  }

  /** One screening check. */
  public record Finding(Check check, boolean passed, String messageKey, List<String> arguments) {
    public Finding {
      arguments = List.copyOf(arguments);
    }
  }

  /** What is checked. */
  public enum Check {
    ELIGIBILITY,
    PROVIDER,
    COMPLETENESS,
    OPEN_DUPLICATE,
    REPEAT_ASSESSMENT,
    VERIFIED_PROJECT
  }
}
