package org.cppp.factory;

import java.util.Set;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the factory register, once: the role sets, the questions the facades enforce
 * ({@code @PreAuthorize} names this bean) and the URL rules, navigation and tiles use. Which
 * factory an applicant sees is {@link FactoryVisibility} (their own, and their business's).
 */
@Component("factoryPolicy")
public class FactoryPolicy {

  /** Programme staff: see every factory. */
  static final Set<Role> STAFF = IdentityPolicy.STAFF;

  /** Who reads the register: staff, and applicants (their own factory). */
  static final Set<Role> READERS = IdentityPolicy.plus(STAFF, Role.APPLICANT);

  /** Who registers factories, reviews duplicates and sets the eligibility rules. */
  static final Set<Role> EDITORS = IdentityPolicy.OFFICERS;

  /** Who changes a factory's details: editors, and applicants (their own factory). */
  static final Set<Role> UPDATERS = IdentityPolicy.plus(EDITORS, Role.APPLICANT);

  /** A factory's own users. */
  static final Set<Role> APPLICANTS = Set.of(Role.APPLICANT);

  static final String READ = "@factoryPolicy.mayRead()";
  static final String STAFF_ONLY = "@factoryPolicy.seesAll()";
  static final String WRITE = "@factoryPolicy.mayEdit()";
  static final String UPDATE = "@factoryPolicy.mayUpdate()";
  static final String OWN = "@factoryPolicy.isApplicant()";

  /** Whether the current user reads the register. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(READERS);
  }

  /** Whether the current user sees every factory. */
  public boolean seesAll() {
    return IdentityPolicy.currentUser().hasAny(STAFF);
  }

  /** Whether the current user registers factories and keeps the register. */
  public boolean mayEdit() {
    return IdentityPolicy.currentUser().hasAny(EDITORS);
  }

  /** Whether the current user may ask to change a factory (which factory is per record). */
  public boolean mayUpdate() {
    return IdentityPolicy.currentUser().hasAny(UPDATERS);
  }

  /** Whether the current user is a factory's own user. */
  public boolean isApplicant() {
    return IdentityPolicy.currentUser().hasAny(APPLICANTS);
  }
}
