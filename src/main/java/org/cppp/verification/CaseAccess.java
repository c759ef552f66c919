package org.cppp.verification;

import java.util.Collection;
import java.util.Set;
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
   * The cases a user sees: all, or those of the factories they act for (theirs and, bound to a Hong
   * Kong business, all its factories: {@link org.cppp.factory.Businesses#actingFor}) or of their
   * provider (a part they do not have is empty or {@code null}). One rule for a case read by id and
   * for the list the database pages.
   */
  record Scope(CurrentUser user, boolean all, Set<String> factoryBrs, String providerCode) {

    Scope {
      factoryBrs = Set.copyOf(factoryBrs);
    }

    boolean covers(VerificationCase c) {
      return all
          || factoryBrs.contains(c.factoryBr())
          || (providerCode != null && providerCode.equals(c.providerCode()));
    }
  }

  /** The scope of this user, given the factories they act for as an applicant. */
  static Scope scope(CurrentUser user, Collection<String> factories) {
    return new Scope(
        user,
        seesAll(user),
        user.has(Role.APPLICANT) ? Set.copyOf(factories) : Set.of(),
        user.has(Role.PROVIDER) ? user.providerCode() : null);
  }

  static boolean maySee(Scope scope, VerificationCase c) {
    return scope.covers(c);
  }

  static VerificationCase visible(Scope scope, VerificationCase c) {
    if (!maySee(scope, c)) {
      throw new NotFoundException("Verification case", c.id());
    }
    return c;
  }

  /** The factory's and the provider's users, officers and admins. */
  static VerificationCase enterable(Scope scope, VerificationCase c) {
    visible(scope, c);
    CurrentUser user = scope.user();
    if (!mayEnter(user)) {
      throw new AccessDeniedException("not allowed");
    }
    return c;
  }

  static VerificationCase reviewable(Scope scope, VerificationCase c) {
    visible(scope, c);
    CurrentUser user = scope.user();
    if (!mayReview(user)) {
      throw new AccessDeniedException("not allowed");
    }
    return c;
  }

  static VerificationCase signable(Scope scope, VerificationCase c) {
    visible(scope, c);
    CurrentUser user = scope.user();
    if (!maySign(user)) {
      throw new AccessDeniedException("only QA signs");
    }
    return c;
  }

  /** What this user may do on a case they see, in its present state. */
  static CaseActions actions(Scope scope, VerificationCase c) {
    CurrentUser user = scope.user();
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
