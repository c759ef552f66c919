package org.cppp.application.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cppp.application.Decision;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.DecisionOutcome;

/**
 * The body of {@code POST /api/applications/{ref}/approve|reject|defer}: an officer's decision
 * under a delegated authority (the committee's own decisions are recorded by its meetings and
 * circulations).
 */
record DecisionRequest(
    @NotNull LocalDate decidedOn,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal approvedAmountHkd,
    @Size(max = 5000) String note,
    Long delegatedAuthorityId) {

  Decision decision(DecisionOutcome outcome) {
    DecisionAuthority authority =
        delegatedAuthorityId == null ? null : DecisionAuthority.delegated(delegatedAuthorityId);
    return new Decision(outcome, decidedOn, approvedAmountHkd, note, authority);
  }
}
