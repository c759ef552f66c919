package org.cppp.verification;

import java.util.EnumSet;
import java.util.Set;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.funding.Scheme;

/**
 * Which applications a case may verify: a demonstration project or verification approved or under
 * way, or a completed on-site assessment (a measure implemented after it).
 */
final class Eligibility {

  private static final Set<ApplicationStatus> UNDER_WAY =
      EnumSet.of(
          ApplicationStatus.APPROVED,
          ApplicationStatus.IN_PROGRESS,
          ApplicationStatus.COMPLETED,
          ApplicationStatus.CLOSED);
  private static final Set<ApplicationStatus> DONE =
      EnumSet.of(ApplicationStatus.COMPLETED, ApplicationStatus.CLOSED);

  private static final Set<Scheme> IMPROVEMENTS =
      Set.of(Scheme.DEMONSTRATION_PROJECT, Scheme.VERIFICATION);

  private Eligibility() {}

  /**
   * A completed demonstration project or verification: what a legacy result may be recorded for.
   */
  static boolean completedImprovement(ApplicationView a) {
    return IMPROVEMENTS.contains(a.scheme()) && DONE.contains(a.status());
  }

  static boolean of(ApplicationView a) {
    return Scheme.ON_SITE_ASSESSMENT.equals(a.scheme())
        ? DONE.contains(a.status())
        : UNDER_WAY.contains(a.status());
  }
}
