package org.cppp.committee;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.cppp.application.DecisionOutcome;

/**
 * Counts a circulation's votes: the non-recused votes must reach the quorum of the sitting voting
 * members, and one outcome must have more than half of them.
 *
 * @param outcome the majority's outcome, or {@code null} when there is no decision
 * @param reasonKey message key explaining the result
 */
record CirculationTally(DecisionOutcome outcome, int votes, int required, String reasonKey) {

  static CirculationTally of(QuorumRule rule, int sittingVoting, Collection<Vote> votes) {
    Map<DecisionOutcome, Integer> counts = new EnumMap<>(DecisionOutcome.class);
    int cast = 0;
    for (Vote vote : votes) {
      if (vote.outcome() != null) {
        counts.merge(vote.outcome(), 1, Integer::sum);
        cast++;
      }
    }
    int required = rule.required(sittingVoting);
    if (sittingVoting == 0 || cast < required) {
      return new CirculationTally(null, cast, required, "committee.circulation.no-quorum");
    }
    for (Map.Entry<DecisionOutcome, Integer> e : counts.entrySet()) {
      if (e.getValue() * 2 > cast) {
        return new CirculationTally(e.getKey(), cast, required, "committee.circulation.decided");
      }
    }
    return new CirculationTally(null, cast, required, "committee.circulation.no-majority");
  }

  boolean decided() {
    return outcome != null;
  }
}
