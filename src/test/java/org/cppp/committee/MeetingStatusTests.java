package org.cppp.committee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingStatusTests {

  @Test
  void confirmedMinutesAndCancelledMeetingsGoNowhere() {
    for (MeetingStatus next : MeetingStatus.values()) {
      assertThat(MeetingStatus.MINUTES_CONFIRMED.canTransitionTo(next)).isFalse();
      assertThat(MeetingStatus.CANCELLED.canTransitionTo(next)).isFalse();
    }
  }

  @Test
  void aHeldMeetingCannotBeCancelled() {
    assertThat(MeetingStatus.HELD.canTransitionTo(MeetingStatus.CANCELLED)).isFalse();
    assertThat(MeetingStatus.SCHEDULED.agendaOpen()).isTrue();
    assertThat(MeetingStatus.HELD.recordsDecisions()).isTrue();
  }
}
