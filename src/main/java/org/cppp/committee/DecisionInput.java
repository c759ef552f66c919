package org.cppp.committee;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.cppp.application.DecisionOutcome;
import org.cppp.shared.RuleViolation;

/**
 * A decision to record.
 *
 * @param approvedAmountHkd for approvals, at most the rules' share; {@code null} means the share
 * @param note conditions of an approval (optional), reasons of a rejection or the request of a
 *     deferral (both required)
 */
public record DecisionInput(
    @NotNull DecisionOutcome outcome,
    @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal approvedAmountHkd,
    @Size(max = 5000) String note) {

  /**
   * The note, trimmed, once the outcome is given: a rejection needs its reasons and a deferral its
   * request (field {@code note}); only an approval carries an amount.
   */
  String checkedNote() {
    String text = note == null ? "" : note.trim();
    if (outcome == null) {
      throw new RuleViolation("outcome", "committee.decision.outcome");
    }
    if (outcome != DecisionOutcome.APPROVED && text.isEmpty()) {
      throw new RuleViolation("note", "committee.decision.note." + outcome.name());
    }
    if (outcome != DecisionOutcome.APPROVED && approvedAmountHkd != null) {
      throw new RuleViolation("approvedAmountHkd", "committee.decision.amount.only-approval");
    }
    return text;
  }
}
