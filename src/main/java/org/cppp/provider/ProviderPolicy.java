package org.cppp.provider;

import java.util.Set;
import org.cppp.identity.IdentityPolicy;
import org.cppp.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the provider register, once: the role sets, the questions the facades
 * enforce ({@code @PreAuthorize} names this bean), the templates ask ({@code
 * ${@providerPolicy.mayEdit()}}) and the URL rules, navigation and tiles use.
 */
@Component("providerPolicy")
public class ProviderPolicy {

  /** Programme staff: search the register and read its figures. */
  static final Set<Role> STAFF = IdentityPolicy.STAFF;

  /** Who reads a provider: staff, and a provider's own staff. */
  static final Set<Role> READERS = IdentityPolicy.plus(STAFF, Role.PROVIDER);

  /** Who keeps the register: registers, changes, removes, reinstates, reviews applications. */
  static final Set<Role> EDITORS = IdentityPolicy.OFFICERS;

  /** Who records quality checks: editors and QA. */
  static final Set<Role> CHECKERS = IdentityPolicy.plus(EDITORS, Role.QA);

  /** A provider's own staff. */
  static final Set<Role> PROVIDERS = Set.of(Role.PROVIDER);

  static final String STAFF_ONLY = "@providerPolicy.seesAll()";
  static final String READ = "@providerPolicy.mayRead()";
  static final String EDIT = "@providerPolicy.mayEdit()";
  static final String CHECK = "@providerPolicy.mayCheck()";
  static final String OWN = "@providerPolicy.isProvider()";

  /** Whether the current user searches the whole register. */
  public boolean seesAll() {
    return IdentityPolicy.currentUser().hasAny(STAFF);
  }

  /** Whether the current user reads a provider's record. */
  public boolean mayRead() {
    return IdentityPolicy.currentUser().hasAny(READERS);
  }

  /** Whether the current user keeps the register. */
  public boolean mayEdit() {
    return IdentityPolicy.currentUser().hasAny(EDITORS);
  }

  /** Whether the current user records quality checks. */
  public boolean mayCheck() {
    return IdentityPolicy.currentUser().hasAny(CHECKERS);
  }

  /** Whether the current user is a provider's own staff. */
  public boolean isProvider() {
    return IdentityPolicy.currentUser().hasAny(PROVIDERS);
  }
}
