package org.cppp.application;

import java.time.Instant;
import java.time.LocalDate;

/** One step of an application's status timeline. */
public record TimelineEntry(
    ApplicationStatus from,
    ApplicationStatus to,
    LocalDate effectiveOn,
    String actor,
    String note,
    Instant recordedAt) {}
