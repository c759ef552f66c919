package org.cppp.application.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.VariationDecision;
import org.cppp.shared.RuleViolation;

/**
 * The body of {@code POST /api/applications/{ref}/variations/{id}/decision}: an officer's decision
 * under a delegated authority ({@code APPROVE} or {@code REJECT}, the verbs of a {@link
 * DecisionOutcome}); the committee's own decisions on variations are recorded by its meetings and
 * circulations.
 */
record VariationDecisionRequest(
    @NotNull String outcome,
    @NotNull LocalDate decidedOn,
    @Size(max = 5000) String note,
    Long delegatedAuthorityId) {

  VariationDecision decision() {
    DecisionOutcome decided =
        DecisionOutcome.byVerb(outcome)
            .orElseThrow(() -> new RuleViolation("outcome", "application.variation.outcome"));
    DecisionAuthority authority =
        delegatedAuthorityId == null ? null : DecisionAuthority.delegated(delegatedAuthorityId);
    return new VariationDecision(decided, decidedOn, note, authority);
  }
}
