package org.cppp.committee;

import java.time.Instant;

/** A member's declaration on an agenda item: no interest, or an interest of some nature. */
public record DeclarationView(
    long itemId,
    long memberId,
    String displayName,
    boolean interest,
    String nature,
    Instant declaredAt) {}
