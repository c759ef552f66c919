package org.cppp.application;

import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.cppp.shared.NotFoundException;

/**
 * Who may see and act on an application: staff see all; an applicant only their factory's; a
 * provider's staff only those that engage their provider. Not yours reads as not found.
 */
final class ApplicationAccess {

  private ApplicationAccess() {}

  static boolean maySee(CurrentUser user, FundingApplication application) {
    return user.seesAllFactories()
        || ofItsFactory(user, application)
        || ofItsProvider(user, application);
  }

  /** What a factory is paid is for its own users and programme staff. */
  static boolean maySeePayments(CurrentUser user, FundingApplication application) {
    return user.seesAllFactories() || ofItsFactory(user, application);
  }

  /** Whether the user is an applicant of the application's factory. */
  static boolean ofItsFactory(CurrentUser user, FundingApplication application) {
    return user.has(Role.APPLICANT) && application.factoryBr().equals(user.factoryBr());
  }

  /** Whether the user is of the ET provider the application names. */
  static boolean ofItsProvider(CurrentUser user, FundingApplication application) {
    return user.has(Role.PROVIDER)
        && user.providerCode() != null
        && user.providerCode().equals(application.providerCode());
  }

  static boolean isStaffActor(CurrentUser user) {
    return user.hasAny(Role.OFFICER, Role.ADMIN);
  }

  /** The applicant who owns it, or an officer acting on the factory's behalf. */
  static boolean mayApplyFor(CurrentUser user, String factoryBr) {
    return isStaffActor(user) || (user.has(Role.APPLICANT) && factoryBr.equals(user.factoryBr()));
  }

  static FundingApplication visible(CurrentUser user, FundingApplication application) {
    if (!maySee(user, application)) {
      throw new NotFoundException("Application", application.reference());
    }
    return application;
  }

  static void requireOwnerOrStaff(CurrentUser user, FundingApplication application) {
    if (!mayApplyFor(user, application.factoryBr())) {
      throw visibleOrForbidden(user, application);
    }
  }

  static void requireStaff(CurrentUser user, FundingApplication application) {
    if (!isStaffActor(user)) {
      throw visibleOrForbidden(user, application);
    }
  }

  private static RuntimeException visibleOrForbidden(CurrentUser user, FundingApplication app) {
    return maySee(user, app)
        ? new org.springframework.security.access.AccessDeniedException("not allowed")
        : new NotFoundException("Application", app.reference());
  }
}
