package org.cppp.platform;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see the platform's own records (the mails given up on): administrators. Platform sits
 * below identity, so the role is named here by its name ({@code identity.Role.ADMIN}); the system
 * actor holds it too.
 */
@Component("platformPolicy")
public class PlatformPolicy {

  /** The administrators' role name, without the {@code ROLE_} prefix. */
  static final String ADMIN = "ADMIN";

  /** The authority an administrator (and the system actor) holds. */
  static final String ADMIN_AUTHORITY = "ROLE_" + ADMIN;

  static final String ADMINISTER = "@platformPolicy.mayAdminister()";

  /** Whether the current user is an administrator. */
  public boolean mayAdminister() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      // as Spring's hasRole: no authentication at all is refused as unauthenticated
      throw new AuthenticationCredentialsNotFoundException(
          "An Authentication object was not found in the SecurityContext");
    }
    return Roles.of(authentication).contains(ADMIN);
  }
}
