package org.cppp.identity;

import java.time.Instant;
import java.util.Set;

/** A user as the facade shows it; never the password. */
public record UserView(
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    String factory,
    String provider,
    boolean enabled,
    Instant createdAt,
    Language language) {}
