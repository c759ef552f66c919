package org.cppp.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may manage user accounts, and the role sets every module's policy builds on (each spelled
 * once here). The facade's {@code @PreAuthorize} expressions name this bean; the pages ask it.
 */
@Component("identityPolicy")
public class IdentityPolicy {

  /** Every role: anyone signed in to the programme. */
  public static final Set<Role> EVERYONE = Set.copyOf(EnumSet.allOf(Role.class));

  /** Programme officers and administrators: who changes the programme's records. */
  public static final Set<Role> OFFICERS = Set.copyOf(EnumSet.of(Role.OFFICER, Role.ADMIN));

  /** Programme staff who see every factory: officers, QA, committee, EPD, admins. */
  public static final Set<Role> STAFF =
      Set.copyOf(EnumSet.of(Role.OFFICER, Role.QA, Role.COMMITTEE, Role.EPD, Role.ADMIN));

  /** System administrators. */
  public static final Set<Role> ADMINS = Set.of(Role.ADMIN);

  /**
   * The roles a setting names (e.g. {@code cppp.security.totp-required-roles}): the names of this
   * policy's sets ({@code STAFF}, {@code OFFICERS}, {@code ADMINS}, {@code EVERYONE}) or of single
   * roles; none for an empty list.
   *
   * @throws IllegalArgumentException for a name that is neither
   */
  public static Set<Role> named(java.util.Collection<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      String key = name.strip().toUpperCase(java.util.Locale.ROOT);
      switch (key) {
        case "" -> {}
        case "STAFF" -> roles.addAll(STAFF);
        case "OFFICERS" -> roles.addAll(OFFICERS);
        case "ADMINS" -> roles.addAll(ADMINS);
        case "EVERYONE" -> roles.addAll(EVERYONE);
        default -> roles.add(Role.valueOf(key));
      }
    }
    return Set.copyOf(roles);
  }

  static final String ADMINISTER = "@identityPolicy.mayAdministerUsers()";
  static final String CREATE_TOKENS = "@identityPolicy.mayCreateApiTokens()";
  static final String MANAGE_APPLICANT_ACCOUNTS = "@identityPolicy.mayManageApplicantAccounts()";

  /**
   * The user a policy question is about. As with Spring's {@code hasRole}, a call made with no
   * authentication at all (not even anonymous, e.g. outside any request or job) is refused as
   * unauthenticated rather than answered "no".
   */
  public static CurrentUser currentUser() {
    if (SecurityContextHolder.getContext().getAuthentication() == null) {
      throw new AuthenticationCredentialsNotFoundException(
          "An Authentication object was not found in the SecurityContext");
    }
    return CurrentUser.current();
  }

  /** These roles and some more. */
  public static Set<Role> plus(Set<Role> roles, Role... more) {
    Set<Role> all = EnumSet.copyOf(roles);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }

  /** These roles less some. */
  public static Set<Role> minus(Set<Role> roles, Role... less) {
    Set<Role> all = EnumSet.copyOf(roles);
    Set.of(less).forEach(all::remove);
    return Set.copyOf(all);
  }

  /** Whether the current user administers accounts (creates, changes, resets, lists). */
  public boolean mayAdministerUsers() {
    return currentUser().hasAny(ADMINS);
  }

  /**
   * Whether the current sign-in may create personal access tokens: a page login or a password may,
   * a request signed in with a token (of any scope) may not, so that a leaked token cannot mint
   * others that outlive its revocation.
   */
  public boolean mayCreateApiTokens() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && !(authentication
            instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
        && !(authentication.getDetails() instanceof TokenScope);
  }

  /** Whether the current user opens an applicant's account or moves a factory's accounts. */
  public boolean mayManageApplicantAccounts() {
    return currentUser().hasAny(OFFICERS);
  }
}
