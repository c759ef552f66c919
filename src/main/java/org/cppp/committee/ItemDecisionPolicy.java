package org.cppp.committee;

import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.stereotype.Component;

/**
 * When a meeting's decision on an agenda item stands: an application item, decided once, at a held
 * meeting, with the item's quorum (members recused from it do not count). The rules live here once:
 * {@link MeetingDecisions} asks before recording, and {@link DecisionRoutes} asks again when the
 * application module verifies the decision's authority.
 */
@Component
class ItemDecisionPolicy {

  private final QuorumCounter quorum;

  ItemDecisionPolicy(QuorumCounter quorum) {
    this.quorum = quorum;
  }

  /** Refuses an item that is not an application's, already decided, or withdrawn. */
  static void requireUndecidedApplication(AgendaItemView item) {
    if (item.kind() != ItemKind.APPLICATION) {
      throw new RuleViolation("itemId", "committee.decision.not-application");
    }
    if (item.decided()) {
      throw new StateConflict("committee.decision.already", item.applicationRef());
    }
    if (item.withdrawn()) {
      throw new StateConflict(
          "committee.agenda.withdrawn", item.applicationRef(), item.withdrawnAs().name());
    }
  }

  /** Refuses a meeting that is not held (minutes not yet drafted), or an item without quorum. */
  void requireHeldAndQuorate(MeetingView meeting, AgendaItemView item) {
    if (!meeting.status().recordsDecisions()) {
      throw new StateConflict("committee.decision.not-held", meeting.number(), meeting.status());
    }
    QuorumCheck check = quorum.item(meeting, item.id());
    if (!check.quorate()) {
      throw noQuorum(check);
    }
  }

  static RuleViolation noQuorum(QuorumCheck check) {
    return check.chairRequired() && !check.chairOrDeputy() && check.counted() >= check.required()
        ? new RuleViolation("quorum", "committee.quorum.no-chair")
        : new RuleViolation(
            "quorum", "committee.quorum.lacking", check.counted(), check.required());
  }
}
