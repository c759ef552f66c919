package org.cppp.provider;

import java.time.Instant;
import java.time.LocalDate;

/** One removal or reinstatement of a provider. */
public record HistoryEntry(
    HistoryAction action, LocalDate effectiveOn, String reason, String actor, Instant recordedAt) {}
