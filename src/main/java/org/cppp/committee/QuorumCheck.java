package org.cppp.committee;

import org.cppp.shared.RuleViolation;

/**
 * The result of a quorum check.
 *
 * @param sittingVoting voting members whose term covers the date
 * @param required how many of them the rule requires
 * @param counted voting members present and not recused
 * @param chairOrDeputy whether the chair or a deputy chair is among them
 * @param chairRequired whether the rule requires one
 */
public record QuorumCheck(
    int sittingVoting,
    int required,
    int counted,
    boolean chairOrDeputy,
    boolean chairRequired,
    boolean quorate) {

  /** Why a decision is refused without this quorum (field {@code quorum}). */
  RuleViolation refusal() {
    return chairRequired && !chairOrDeputy && counted >= required
        ? new RuleViolation("quorum", "committee.quorum.no-chair")
        : new RuleViolation("quorum", "committee.quorum.lacking", counted, required);
  }
}
