package org.cppp.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
    Map<String, Object> changes) {

  private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

  /** When it happened, on Hong Kong clocks. */
  public LocalDateTime hongKongTime() {
    return LocalDateTime.ofInstant(occurredAt, HONG_KONG);
  }
}
