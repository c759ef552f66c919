package org.cppp.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A decision on a variation request, recorded only under a {@link DecisionAuthority}: an officer's
 * delegated authority whose schemes, ceiling and period cover it, or a closed circulation of the
 * variation.
 *
 * @param outcome {@link DecisionOutcome#APPROVED} or {@link DecisionOutcome#REJECTED}
 * @param decidedOn never in the future, never before the request
 * @param note conditions of an approval; the reasons of a refusal (required)
 */
public record VariationDecision(
    @NotNull DecisionOutcome outcome,
    @NotNull LocalDate decidedOn,
    @Size(max = 5000) String note,
    DecisionAuthority authority) {}
