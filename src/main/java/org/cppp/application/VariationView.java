package org.cppp.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A variation request as its readers see it.
 *
 * @param previousValue what the approved application had before an approved variation changed it
 * @param citation the authority it was decided under
 */
public record VariationView(
    long id,
    String applicationRef,
    VariationKind kind,
    VariationStatus status,
    String reason,
    LocalDate newDueOn,
    String newProviderCode,
    String newScope,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal newTotalCostHkd,
    String previousValue,
    String requestedBy,
    LocalDate requestedOn,
    String decidedBy,
    LocalDate decidedOn,
    String decisionNote,
    String citation) {}
