package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cppp.application.DecisionOutcome;
import org.junit.jupiter.api.Test;

class CirculationTallyTests {

  @Test
  void aMajorityOfEnoughNonRecusedVotesDecides() {
    CirculationTally tally =
        CirculationTally.of(
            QuorumRuleTests.DEFAULT, 5, List.of(Vote.APPROVE, Vote.APPROVE, Vote.REJECT));
    assertThat(tally.outcome()).isEqualTo(DecisionOutcome.APPROVED);
  }

  @Test
  void declaredInterestsDoNotCountTowardsTheQuorum() {
    CirculationTally tally =
        CirculationTally.of(
            QuorumRuleTests.DEFAULT, 5, List.of(Vote.APPROVE, Vote.APPROVE, Vote.INTEREST));
    assertThat(tally.decided()).isFalse();
    assertThat(tally.reasonKey()).isEqualTo("committee.circulation.no-quorum");
  }

  @Test
  void aTieIsNoDecision() {
    CirculationTally tally =
        CirculationTally.of(
            QuorumRuleTests.DEFAULT,
            4,
            List.of(Vote.APPROVE, Vote.APPROVE, Vote.REJECT, Vote.REJECT));
    assertThat(tally.reasonKey()).isEqualTo("committee.circulation.no-majority");
  }
}
