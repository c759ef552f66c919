package org.cppp.verification;

import java.util.EnumSet;
import java.util.Set;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.funding.FundingRules;
import org.cppp.funding.Initiative;
import org.springframework.stereotype.Component;

/**
 * Which applications a case may verify, by the initiative of their scheme (the funding module's
 * catalogue): an improvement (a demonstration project or a verification) approved or under way, or
 * a completed assessment (a measure implemented after it). Organisation support promotes; it has no
 * result to verify.
 */
@Component
class Verifiable {

  private static final Set<ApplicationStatus> UNDER_WAY =
      EnumSet.of(
          ApplicationStatus.APPROVED,
          ApplicationStatus.IN_PROGRESS,
          ApplicationStatus.COMPLETED,
          ApplicationStatus.CLOSED);
  private static final Set<ApplicationStatus> DONE =
      EnumSet.of(ApplicationStatus.COMPLETED, ApplicationStatus.CLOSED);

  private static final Set<Initiative> IMPROVEMENTS =
      EnumSet.of(Initiative.DEMONSTRATION, Initiative.VERIFICATION);

  private final FundingRules rules;

  Verifiable(FundingRules rules) {
    this.rules = rules;
  }

  /**
   * A completed demonstration project or verification: what a legacy result may be recorded for.
   */
  boolean completedImprovement(ApplicationView a) {
    return IMPROVEMENTS.contains(initiative(a)) && DONE.contains(a.status());
  }

  boolean of(ApplicationView a) {
    Initiative initiative = initiative(a);
    if (initiative == Initiative.ASSESSMENT) {
      return DONE.contains(a.status());
    }
    return IMPROVEMENTS.contains(initiative) && UNDER_WAY.contains(a.status());
  }

  private Initiative initiative(ApplicationView a) {
    return rules.scheme(a.scheme()).initiative();
  }
}
