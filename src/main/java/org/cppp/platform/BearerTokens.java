package org.cppp.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} (the identity module's
 * personal access tokens): one hash lookup, never a password check. {@link SecurityConfiguration}
 * puts it in front of HTTP Basic on {@code /api/**}.
 */
public interface BearerTokens {

  /**
   * The user this token signs in, with their roles and binding as a session would carry them.
   *
   * @throws AuthenticationException for an unknown, revoked or expired token, or a disabled user
   */
  Grant authenticate(String token);

  /**
   * Whom a token signs in, and whether it may change anything ({@code false}: only {@code GET} and
   * {@code HEAD}).
   */
  record Grant(Authentication authentication, boolean writes) {}
}
