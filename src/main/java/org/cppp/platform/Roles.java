package org.cppp.platform;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Role names of an authentication, without the {@code ROLE_} prefix. */
public final class Roles {

  private Roles() {}

  public static Set<String> of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return Set.of();
    }
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring("ROLE_".length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
