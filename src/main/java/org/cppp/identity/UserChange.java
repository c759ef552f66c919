package org.cppp.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** New profile, roles, binding and status for an existing user. */
public record UserChange(
    @Size(max = 120) String displayName,
    @Email @Size(max = 200) String email,
    @NotEmpty Set<Role> roles,
    String factory,
    String provider,
    boolean enabled) {}
