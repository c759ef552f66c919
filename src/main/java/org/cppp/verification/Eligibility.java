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

  private Eligibility() {}

  static boolean of(ApplicationView a) {
    return a.scheme() == Scheme.ON_SITE_ASSESSMENT
        ? DONE.contains(a.status())
        : UNDER_WAY.contains(a.status());
  }
}
