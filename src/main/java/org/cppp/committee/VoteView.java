package org.cppp.committee;

import java.time.Instant;

/** A member's vote on a circulation. */
public record VoteView(
    long memberId,
    String displayName,
    Position position,
    Vote vote,
    String comment,
    Instant votedAt) {}
