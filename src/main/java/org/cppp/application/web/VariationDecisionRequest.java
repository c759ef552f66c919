package org.cppp.application.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.cppp.application.ApplicationAction;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.VariationDecision;

/**
 * The body of {@code POST /api/applications/{ref}/variations/{id}/decision}: an officer's decision
 * under a delegated authority ({@code APPROVE} or {@code REJECT}); the committee's own decisions on
 * variations are recorded by closing their circulations.
 */
record VariationDecisionRequest(
    @NotNull ApplicationAction outcome,
    @NotNull LocalDate decidedOn,
    @Size(max = 5000) String note,
    Long delegatedAuthorityId) {

  VariationDecision decision() {
    DecisionAuthority authority =
        delegatedAuthorityId == null ? null : DecisionAuthority.delegated(delegatedAuthorityId);
    return new VariationDecision(outcome, decidedOn, note, authority);
  }
}
