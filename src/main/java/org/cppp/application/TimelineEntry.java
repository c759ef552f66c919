package org.cppp.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an application's status timeline.
 *
 * @param authority for a decision, what it was recorded under (meeting item, circulation or
 *     delegated authority); otherwise {@code null}
 */
public record TimelineEntry(
    ApplicationStatus from,
    ApplicationStatus to,
    LocalDate effectiveOn,
    String actor,
    String note,
    Instant recordedAt,
    String authority) {}
