package org.cppp.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * New profile, roles, binding and status for an existing user; a {@code language} of {@code null}
 * leaves the user's language as it is.
 */
public record UserChange(
    @Size(max = 120) String displayName,
    @Email @Size(max = 200) String email,
    @NotEmpty Set<Role> roles,
    String factory,
    String provider,
    boolean enabled,
    Language language) {

  public UserChange(
      String displayName,
      String email,
      Set<Role> roles,
      String factory,
      String provider,
      boolean enabled) {
    this(displayName, email, roles, factory, provider, enabled, null);
  }
}
