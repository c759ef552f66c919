package org.cppp.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: username, roles, and the factory (BR number) or provider (code) an applicant or
 * provider user is bound to. Facades use it to keep applicants to their own factory's data.
 */
public record CurrentUser(String username, Set<Role> roles, String factoryBr, String providerCode) {

  public CurrentUser {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** The user of the current request or job; an anonymous user has no roles. */
  public static CurrentUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return new CurrentUser("anonymous", Set.of(), null, null);
    }
    if (auth.getPrincipal() instanceof AccountPrincipal principal) {
      return new CurrentUser(
          principal.getUsername(), rolesOf(auth), principal.factoryBr(), principal.providerCode());
    }
    return new CurrentUser(auth.getName(), rolesOf(auth), null, null);
  }

  private static Set<Role> rolesOf(Authentication auth) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : auth.getAuthorities()) {
      for (Role role : Role.values()) {
        if (role.authority().equals(authority.getAuthority())) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... candidates) {
    for (Role role : candidates) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this user holds any of these roles. */
  public boolean hasAny(Set<Role> candidates) {
    return candidates.stream().anyMatch(roles::contains);
  }

  /** Programme staff who see every factory: officers, QA, committee, EPD, admins. */
  public boolean seesAllFactories() {
    return hasAny(IdentityPolicy.STAFF);
  }

  /** Whether this user may see the factory with this BR number. */
  public boolean maySeeFactory(String brNumber) {
    return seesAllFactories() || (has(Role.APPLICANT) && brNumber.equals(factoryBr));
  }

  /** Whether this user may change the factory with this BR number. */
  public boolean mayEditFactory(String brNumber) {
    return hasAny(IdentityPolicy.OFFICERS) || (has(Role.APPLICANT) && brNumber.equals(factoryBr));
  }
}
