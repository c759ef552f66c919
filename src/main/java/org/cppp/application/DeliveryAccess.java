package org.cppp.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may hand in and review an application's deliverables: the factory's users and the users of
 * the provider the application names hand them in (and replace their own), officers and admins on
 * their behalf; QA reviews. Only once the work is approved and until it is closed. The caller has
 * already checked that the user may see the application ({@link Visibility}).
 */
final class DeliveryAccess {

  /** The statuses in which deliverables are handed in and reviewed. */
  static final Set<ApplicationStatus> OPEN =
      EnumSet.of(
          ApplicationStatus.APPROVED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.COMPLETED);

  private DeliveryAccess() {}

  /** The party this user hands deliverables in for on this application, if any. */
  static Optional<DeliveryParty> partyOf(
      ApplicationPolicy.Scope scope, FundingApplication application) {
    if (ApplicationPolicy.ofItsFactory(scope, application)) {
      return Optional.of(DeliveryParty.FACTORY);
    }
    if (scope.ofItsProvider(application)) {
      return Optional.of(DeliveryParty.PROVIDER);
    }
    return ApplicationPolicy.isStaffActor(scope.user())
        ? Optional.of(DeliveryParty.PROGRAMME)
        : Optional.empty();
  }

  /** The party a user uploads for, or an access denial. */
  static DeliveryParty requireUploader(
      ApplicationPolicy.Scope scope, FundingApplication application) {
    return partyOf(scope, application).orElseThrow(() -> new AccessDeniedException("not allowed"));
  }

  /** Whether this user may replace this deliverable's file: its own party's, or HKPC staff. */
  static boolean mayReplace(
      ApplicationPolicy.Scope scope, FundingApplication application, Deliverable d) {
    return partyOf(scope, application)
        .filter(p -> p == DeliveryParty.PROGRAMME || p == d.party())
        .isPresent();
  }

  static void requireReplacer(
      ApplicationPolicy.Scope scope, FundingApplication application, Deliverable d) {
    if (!mayReplace(scope, application, d)) {
      throw new AccessDeniedException("not allowed");
    }
  }

  /** Quality assurance reviews deliverables. */
  static boolean mayReview(CurrentUser user) {
    return ApplicationPolicy.mayReviewDeliverables(user);
  }
}
