package org.cppp.platform;

import java.time.OffsetDateTime;

/**
 * A mail the dispatcher gave up on, as administrators see it (never its body: it may hold links).
 */
public record FailedMail(
    long id,
    String recipient,
    String subject,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime failedAt) {}
