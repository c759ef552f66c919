package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuorumRuleTests {

  static final QuorumRule DEFAULT = QuorumRule.moreThanHalfWithChair(LocalDate.of(2008, 4, 1));

  @Test
  void moreThanHalfOfTheVotingMembers() {
    assertThat(DEFAULT.required(7)).isEqualTo(4);
    assertThat(DEFAULT.required(6)).isEqualTo(4);
    assertThat(DEFAULT.required(5)).isEqualTo(3);
    assertThat(DEFAULT.required(1)).isEqualTo(1);
  }

  @Test
  void aShareWithoutStrictlyMoreRoundsUp() {
    QuorumRule third = new QuorumRule(LocalDate.of(2012, 1, 1), 1, 3, false, false);
    assertThat(third.required(6)).isEqualTo(2);
    assertThat(third.required(7)).isEqualTo(3);
  }

  @Test
  void theSecretaryDoesNotCount() {
    QuorumCheck check =
        DEFAULT.check(
            5, List.of(Position.CHAIR, Position.MEMBER, Position.SECRETARY, Position.SECRETARY));
    assertThat(check.counted()).isEqualTo(2);
    assertThat(check.quorate()).isFalse();
  }

  @Test
  void theChairOrADeputyMustBePresent() {
    assertThat(
            DEFAULT.check(5, List.of(Position.MEMBER, Position.MEMBER, Position.MEMBER)).quorate())
        .isFalse();
    assertThat(
            DEFAULT
                .check(5, List.of(Position.DEPUTY_CHAIR, Position.MEMBER, Position.MEMBER))
                .quorate())
        .isTrue();
  }

  @Test
  void aRecusalCanTakeAnItemBelowQuorumThatTheMeetingHas() {
    List<Position> present = List.of(Position.CHAIR, Position.MEMBER, Position.MEMBER);
    assertThat(DEFAULT.check(5, present).quorate()).isTrue();
    List<Position> withoutRecused = List.of(Position.CHAIR, Position.MEMBER);
    assertThat(DEFAULT.check(5, withoutRecused).quorate()).isFalse();
  }

  @Test
  void noSittingMembersIsNeverAQuorum() {
    assertThat(DEFAULT.check(0, List.of()).quorate()).isFalse();
  }
}
