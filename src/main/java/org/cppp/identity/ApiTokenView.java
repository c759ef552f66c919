package org.cppp.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A personal access token as its owner sees it in the list: never its secret. */
public record ApiTokenView(
    long id,
    String name,
    List<TokenScope> scopes,
    Instant createdAt,
    LocalDate expiresOn,
    Instant lastUsedAt,
    Instant revokedAt,
    boolean active) {}
