package org.cppp.funding;

import java.util.Set;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the funding rules and the budget, once: the role sets, the questions the
 * facades enforce ({@code @PreAuthorize} names this bean) and the URL rules and navigation use.
 */
@Component("fundingPolicy")
public class FundingPolicy {

  /** Programme staff: read the funding phases and their rules. */
  static final Set<Role> STAFF = IdentityPolicy.STAFF;

  /** Who changes the rules and keeps the budget: accounts, added commitments, payments. */
  static final Set<Role> EDITORS = IdentityPolicy.OFFICERS;

  /** Who defines schemes in the catalogue: officers and admins. */
  static final Set<Role> SCHEME_EDITORS = IdentityPolicy.OFFICERS;

  /** Who reads the budget's pages, periods and forecast. */
  static final Set<Role> BUDGET_READERS = IdentityPolicy.plus(EDITORS, Role.EPD);

  /** Who reads the budget's summary, burn and an application's entries. */
  static final Set<Role> SUMMARY_READERS = IdentityPolicy.plus(BUDGET_READERS, Role.COMMITTEE);

  /** Who commits funds to a decided application: editors and the committee's decision. */
  static final Set<Role> COMMITTERS = IdentityPolicy.plus(EDITORS, Role.COMMITTEE);

  /** Who releases a commitment: committers, and an applicant withdrawing their application. */
  static final Set<Role> RELEASERS = IdentityPolicy.plus(COMMITTERS, Role.APPLICANT);

  static final String EDIT = "@fundingPolicy.mayEdit()";
  static final String DEFINE_SCHEME = "@fundingPolicy.mayDefineScheme()";
  static final String READ_BUDGET = "@fundingPolicy.mayReadBudget()";
  static final String READ_SUMMARY = "@fundingPolicy.mayReadSummary()";
  static final String COMMIT = "@fundingPolicy.mayCommit()";
  static final String RELEASE = "@fundingPolicy.mayRelease()";

  /** Whether the current user changes the rules and keeps the budget. */
  public boolean mayEdit() {
    return IdentityPolicy.currentUser().hasAny(EDITORS);
  }

  /** Whether the current user defines schemes in the catalogue. */
  public boolean mayDefineScheme() {
    return IdentityPolicy.currentUser().hasAny(SCHEME_EDITORS);
  }

  /** Whether the current user reads the budget in full. */
  public boolean mayReadBudget() {
    return IdentityPolicy.currentUser().hasAny(BUDGET_READERS);
  }

  /** Whether the current user reads the budget's summary. */
  public boolean mayReadSummary() {
    return IdentityPolicy.currentUser().hasAny(SUMMARY_READERS);
  }

  /** Whether the current user commits funds. */
  public boolean mayCommit() {
    return IdentityPolicy.currentUser().hasAny(COMMITTERS);
  }

  /** Whether the current user releases a commitment. */
  public boolean mayRelease() {
    return IdentityPolicy.currentUser().hasAny(RELEASERS);
  }
}
