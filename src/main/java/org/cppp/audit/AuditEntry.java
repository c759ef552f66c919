package org.cppp.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a record's audit trail.
 *
 * @param changes what changed: field name to {@code [before, after]} for updates, or to the value
 *     for creations and actions
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String subjectType,
    String subjectId,
    String action,
    Map<String, Object> changes) {}
