package org.cppp.verification;

import java.util.Set;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with verification cases and rate tables, once: the role sets, the questions the
 * facades enforce ({@code @PreAuthorize} names this bean) and the URL rules, navigation and tiles
 * use. Which case a user sees, and what they may do on it now, is {@link CaseAccess}.
 */
@Component("verificationPolicy")
public class VerificationPolicy {

  /** Who keeps the rate tables and imports legacy results: officers and administrators. */
  static final Set<Role> KEEPERS = IdentityPolicy.OFFICERS;

  /** Who reads cases (their own, or all) and the rates their results use. */
  static final Set<Role> READERS = IdentityPolicy.minus(IdentityPolicy.EVERYONE, Role.COMMITTEE);

  /** Who enters readings and evidence: keepers, the factory's and the provider's users. */
  static final Set<Role> ENTERERS = IdentityPolicy.plus(KEEPERS, Role.APPLICANT, Role.PROVIDER);

  /** Who reviews (returns, recomputes): QA and the keepers. */
  static final Set<Role> REVIEWERS = IdentityPolicy.plus(KEEPERS, Role.QA);

  /** Who signs a result: QA only. */
  static final Set<Role> SIGNERS = Set.of(Role.QA);

  /** Who sees every case: reviewers and EPD. */
  static final Set<Role> SEE_ALL = IdentityPolicy.plus(REVIEWERS, Role.EPD);

  /** Who reads the signed outcomes' figures: programme staff. */
  static final Set<Role> OUTCOME_READERS = IdentityPolicy.STAFF;

  /** The people who work on cases and find them on the bar (not the keepers). */
  static final Set<Role> WORKERS = IdentityPolicy.minus(READERS, Role.OFFICER, Role.ADMIN);

  static final String READ = "@verificationPolicy.mayRead()";
  static final String ENTER = "@verificationPolicy.mayEnter()";
  static final String REVIEW = "@verificationPolicy.mayReview()";
  static final String SIGN = "@verificationPolicy.maySign()";
  static final String KEEP = "@verificationPolicy.mayKeep()";
  static final String READ_OUTCOMES = "@verificationPolicy.mayReadOutcomes()";

  /** Whether the current user reads cases and rates. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(READERS);
  }

  /** Whether the current user enters readings (on which case is per record). */
  public boolean mayEnter() {
    return mayEnter(IdentityPolicy.currentUser());
  }

  /** Whether the current user reviews cases. */
  public boolean mayReview() {
    return mayReview(IdentityPolicy.currentUser());
  }

  /** Whether the current user signs results. */
  public boolean maySign() {
    return maySign(IdentityPolicy.currentUser());
  }

  /** Whether the current user keeps the rate tables and legacy results. */
  public boolean mayKeep() {
    return mayKeep(IdentityPolicy.currentUser());
  }

  /** Whether the current user reads the outcomes' figures. */
  public boolean mayReadOutcomes() {
    return IdentityPolicy.currentUser().hasAny(OUTCOME_READERS);
  }

  static boolean mayKeep(CurrentUser user) {
    return user.hasAny(KEEPERS);
  }

  static boolean mayEnter(CurrentUser user) {
    return user.hasAny(ENTERERS);
  }

  static boolean mayReview(CurrentUser user) {
    return user.hasAny(REVIEWERS);
  }

  static boolean maySign(CurrentUser user) {
    return user.hasAny(SIGNERS);
  }

  static boolean seesAll(CurrentUser user) {
    return user.hasAny(SEE_ALL);
  }
}
