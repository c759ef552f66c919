package org.cppp.factory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Links a factory to a business: how, since when (default today), and the evidence documents
 * (titles, e.g. "Joint venture contract 2009") officers will check.
 */
public record LinkRequest(
    @NotNull LinkKind kind, LocalDate linkedOn, List<@Size(max = 200) String> evidence) {}
