package org.cppp.verification;

import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.cppp.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and change a case: officers, QA, EPD and admins see all; a factory's users and the
 * users of the provider the application names see only theirs. The factory, the provider, officers
 * and admins enter readings; QA (and officers and admins) review; only QA signs. Not yours reads as
 * not found.
 */
final class CaseAccess {

  private CaseAccess() {}

  static boolean seesAll(CurrentUser user) {
    return VerificationPolicy.seesAll(user);
  }

  /**
   * The cases a user sees: all, or those of their factory or their provider (a part they do not
   * have is {@code null}). One rule for a case read by id and for the list the database pages.
   */
  record Scope(boolean all, String factoryBr, String providerCode) {

    boolean covers(VerificationCase c) {
      return all
          || (factoryBr != null && factoryBr.equals(c.factoryBr()))
          || (providerCode != null && providerCode.equals(c.providerCode()));
    }
  }

  static Scope scope(CurrentUser user) {
    return new Scope(
        seesAll(user),
        user.has(Role.APPLICANT) ? user.factoryBr() : null,
        user.has(Role.PROVIDER) ? user.providerCode() : null);
  }

  static boolean maySee(CurrentUser user, VerificationCase c) {
    return scope(user).covers(c);
  }

  static VerificationCase visible(CurrentUser user, VerificationCase c) {
    if (!maySee(user, c)) {
      throw new NotFoundException("Verification case", c.id());
    }
    return c;
  }

  /** The factory's and the provider's users, officers and admins. */
  static VerificationCase enterable(CurrentUser user, VerificationCase c) {
    visible(user, c);
    if (!mayEnter(user)) {
      throw new AccessDeniedException("not allowed");
    }
    return c;
  }

  static VerificationCase reviewable(CurrentUser user, VerificationCase c) {
    visible(user, c);
    if (!mayReview(user)) {
      throw new AccessDeniedException("not allowed");
    }
    return c;
  }

  static VerificationCase signable(CurrentUser user, VerificationCase c) {
    visible(user, c);
    if (!maySign(user)) {
      throw new AccessDeniedException("only QA signs");
    }
    return c;
  }

  /** What this user may do on a case they see, in its present state. */
  static CaseActions actions(CurrentUser user, VerificationCase c) {
    CaseStatus status = c.status();
    boolean enter = mayEnter(user) && status.editable();
    boolean review = mayReview(user) && status.reviewable();
    return new CaseActions(
        enter,
        enter && c.hasReadings(),
        review,
        maySign(user) && status.reviewable() && c.hasReadings(),
        mayReview(user) && status == CaseStatus.SIGNED,
        status == CaseStatus.SIGNED,
        seesAll(user));
  }

  static boolean mayEnter(CurrentUser user) {
    return VerificationPolicy.mayEnter(user);
  }

  private static boolean mayReview(CurrentUser user) {
    return VerificationPolicy.mayReview(user);
  }

  private static boolean maySign(CurrentUser user) {
    return VerificationPolicy.maySign(user);
  }
}
