package org.cppp.funding;

/** The three funded schemes of the programme. */
public enum Scheme {
  /** An ET provider assesses a factory and proposes improvements. */
  ON_SITE_ASSESSMENT,
  /** Equipment installed or a process changed, cost shared with the Government. */
  DEMONSTRATION_PROJECT,
  /** HKPC verifies, as independent third party, an implemented improvement. */
  VERIFICATION
}
