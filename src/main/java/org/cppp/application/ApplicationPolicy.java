package org.cppp.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cppp.factory.Businesses;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.cppp.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on applications, once: the role sets, the questions the facades enforce
 * ({@code @PreAuthorize} names this bean), the pages and templates ask ({@code
 * ${@applicationPolicy.mayManage()}}) and the URL rules, navigation and tiles use; and the
 * per-record rules: staff see all, an applicant only the factories' they act for (theirs, and their
 * business's), a provider's staff only those that engage their provider. Not yours reads as not
 * found.
 */
@Component("applicationPolicy")
public class ApplicationPolicy {

  private final Businesses businesses;

  ApplicationPolicy(Businesses businesses) {
    this.businesses = businesses;
  }

  /** Everyone signed in reaches applications (which ones is per record). */
  static final Set<Role> READERS = IdentityPolicy.EVERYONE;

  /** Programme officers and administrators: screen, decide, pay, override, bulk actions. */
  static final Set<Role> OFFICERS = IdentityPolicy.OFFICERS;

  /** Who drafts and submits: the factory's applicants and officers on their behalf. */
  static final Set<Role> DRAFTERS = IdentityPolicy.plus(OFFICERS, Role.APPLICANT);

  /** Who hands deliverables in: drafters and the provider's staff. */
  static final Set<Role> UPLOADERS = IdentityPolicy.plus(DRAFTERS, Role.PROVIDER);

  /** Programme staff: see every application, its screening and figures. */
  static final Set<Role> STAFF = IdentityPolicy.STAFF;

  /** Who follows overdue applications: staff but the committee. */
  static final Set<Role> FOLLOWERS = IdentityPolicy.minus(STAFF, Role.COMMITTEE);

  /** Who reads an application's budget ledger: officers and EPD. */
  static final Set<Role> LEDGER_READERS = IdentityPolicy.plus(OFFICERS, Role.EPD);

  /** Who records that a verification was signed: officers and QA. */
  static final Set<Role> VERIFIERS = IdentityPolicy.plus(OFFICERS, Role.QA);

  /** Who reviews deliverables: QA. */
  static final Set<Role> REVIEWERS = Set.of(Role.QA);

  /** A factory's own users. */
  static final Set<Role> APPLICANTS = Set.of(Role.APPLICANT);

  static final String READ = "@applicationPolicy.mayRead()";
  static final String MANAGE = "@applicationPolicy.mayManage()";
  static final String DRAFT = "@applicationPolicy.mayDraft()";
  static final String UPLOAD = "@applicationPolicy.mayUpload()";
  static final String SEE_ALL = "@applicationPolicy.seesAll()";
  static final String FOLLOW_UP = "@applicationPolicy.mayFollowUp()";
  static final String READ_LEDGER = "@applicationPolicy.mayReadLedger()";
  static final String RECORD_VERIFICATION = "@applicationPolicy.mayRecordVerification()";

  /** Whether the current user reaches applications. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(READERS);
  }

  /** Whether the current user screens, decides, pays and acts in bulk. */
  public boolean mayManage() {
    return isStaffActor(IdentityPolicy.currentUser());
  }

  /** Whether the current user drafts applications. */
  public boolean mayDraft() {
    return IdentityPolicy.currentUser().hasAny(DRAFTERS);
  }

  /** Whether the current user hands deliverables in (on which application is per record). */
  public boolean mayUpload() {
    return IdentityPolicy.currentUser().hasAny(UPLOADERS);
  }

  /** Whether the current user sees every application. */
  public boolean seesAll() {
    return IdentityPolicy.currentUser().hasAny(STAFF);
  }

  /** Whether the current user follows overdue applications. */
  public boolean mayFollowUp() {
    return IdentityPolicy.currentUser().hasAny(FOLLOWERS);
  }

  /** Whether the current user reads an application's ledger. */
  public boolean mayReadLedger() {
    return IdentityPolicy.currentUser().hasAny(LEDGER_READERS);
  }

  /** Whether the current user records signed verifications. */
  public boolean mayRecordVerification() {
    return IdentityPolicy.currentUser().hasAny(VERIFIERS);
  }

  /** Whether the current user is a factory's own user (applies for their factory only). */
  public boolean isApplicant() {
    return IdentityPolicy.currentUser().hasAny(APPLICANTS);
  }

  /** The actions an application's page offers this user now: what the workflow and role allow. */
  public List<ApplicationAction> actionsFor(CurrentUser user, ApplicationView application) {
    boolean staff = isStaffActor(user);
    boolean owner = scopeOf(user).actsFor(application.factoryBr());
    List<ApplicationAction> actions = new ArrayList<>();
    for (ApplicationAction action : ApplicationAction.values()) {
      if (!application.status().canTransitionTo(action.target())) {
        continue;
      }
      boolean ownerAction =
          action == ApplicationAction.SUBMIT || action == ApplicationAction.WITHDRAW;
      if (staff || (owner && ownerAction)) {
        actions.add(action);
      }
    }
    return actions;
  }

  /**
   * Whether this user is offered the decision section: under a delegated authority, or told that
   * the application needs the committee.
   */
  public boolean mayDecide(CurrentUser user, ApplicationView application) {
    return isStaffActor(user) && application.status() == ApplicationStatus.READY_FOR_COMMITTEE;
  }

  /** Whether this user may override failed screening checks of this application now. */
  public boolean mayOverride(CurrentUser user, ApplicationView application) {
    return isStaffActor(user) && application.status() == ApplicationStatus.SCREENING;
  }

  /** Whether this user reads an application's ledger. */
  public boolean mayReadLedger(CurrentUser user) {
    return user.hasAny(LEDGER_READERS);
  }

  /**
   * The applications a user sees and acts on: all; or, for a factory's user, those of every factory
   * they act for (the one they are bound to and, bound to a Hong Kong business, all its factories:
   * {@link Businesses#actingFor}); and those naming their provider (a part they do not have is
   * empty or {@code null}). One rule for a record, the paged search, the feed and every download.
   */
  record Scope(CurrentUser user, boolean all, Set<String> factoryBrs, String providerCode) {

    Scope {
      factoryBrs = Set.copyOf(factoryBrs);
    }

    boolean covers(FundingApplication application) {
      return all || actsFor(application.factoryBr()) || ofItsProvider(application);
    }

    /** Whether the user is an applicant of this factory (acts for it). */
    boolean actsFor(String factoryBr) {
      return factoryBr != null && factoryBrs.contains(factoryBr);
    }

    /** Whether the user is of the ET provider the application names. */
    boolean ofItsProvider(FundingApplication application) {
      return providerCode != null && providerCode.equals(application.providerCode());
    }
  }

  /** The scope of this user, asking the factory register which factories an applicant acts for. */
  Scope scopeOf(CurrentUser user) {
    Set<String> factories = user.hasAny(APPLICANTS) ? Set.copyOf(businesses.actingFor()) : Set.of();
    return new Scope(
        user,
        user.seesAllFactories(),
        factories,
        user.has(Role.PROVIDER) ? user.providerCode() : null);
  }

  /** What a factory is paid is for its own users and programme staff. */
  static boolean maySeePayments(Scope scope, FundingApplication application) {
    return scope.all() || ofItsFactory(scope, application);
  }

  /** Whether the user is an applicant of the application's factory. */
  static boolean ofItsFactory(Scope scope, FundingApplication application) {
    return scope.actsFor(application.factoryBr());
  }

  static boolean isStaffActor(CurrentUser user) {
    return user.hasAny(OFFICERS);
  }

  /** Quality assurance reviews deliverables. */
  static boolean mayReviewDeliverables(CurrentUser user) {
    return user.hasAny(REVIEWERS);
  }

  /** An applicant of the factory (or of its business), or an officer on the factory's behalf. */
  static boolean mayApplyFor(Scope scope, String factoryBr) {
    return isStaffActor(scope.user()) || scope.actsFor(factoryBr);
  }

  static FundingApplication visible(Scope scope, FundingApplication application) {
    if (!scope.covers(application)) {
      throw new NotFoundException("Application", application.reference());
    }
    return application;
  }

  static void requireOwnerOrStaff(Scope scope, FundingApplication application) {
    if (!mayApplyFor(scope, application.factoryBr())) {
      throw visibleOrForbidden(scope, application);
    }
  }

  static void requireStaff(Scope scope, FundingApplication application) {
    if (!isStaffActor(scope.user())) {
      throw visibleOrForbidden(scope, application);
    }
  }

  private static RuntimeException visibleOrForbidden(Scope scope, FundingApplication app) {
    return scope.covers(app)
        ? new AccessDeniedException("not allowed")
        : new NotFoundException("Application", app.reference());
  }
}
