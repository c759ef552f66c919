package org.cppp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cppp.application.ApplicationStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationStatusTests {

  static final Map<ApplicationStatus, Set<ApplicationStatus>> LEGAL =
      Map.ofEntries(
          Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
          Map.entry(SUBMITTED, EnumSet.of(SCREENING, WITHDRAWN)),
          Map.entry(
              SCREENING, EnumSet.of(RETURNED_FOR_INFORMATION, READY_FOR_COMMITTEE, WITHDRAWN)),
          Map.entry(RETURNED_FOR_INFORMATION, EnumSet.of(SUBMITTED, WITHDRAWN)),
          Map.entry(READY_FOR_COMMITTEE, EnumSet.of(APPROVED, REJECTED, DEFERRED, WITHDRAWN)),
          Map.entry(DEFERRED, EnumSet.of(SCREENING, WITHDRAWN)),
          Map.entry(APPROVED, EnumSet.of(IN_PROGRESS, WITHDRAWN)),
          Map.entry(IN_PROGRESS, EnumSet.of(COMPLETED, WITHDRAWN)),
          Map.entry(COMPLETED, EnumSet.of(CLOSED)),
          Map.entry(REJECTED, EnumSet.noneOf(ApplicationStatus.class)),
          Map.entry(CLOSED, EnumSet.noneOf(ApplicationStatus.class)),
          Map.entry(WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class)));

  @Test
  void everyLegalMoveIsAllowedAndEveryOtherRefused() {
    int legal = 0;
    int illegal = 0;
    for (ApplicationStatus from : ApplicationStatus.values()) {
      for (ApplicationStatus to : ApplicationStatus.values()) {
        boolean expected = LEGAL.get(from).contains(to);
        assertThat(from.canTransitionTo(to)).as("%s -> %s", from, to).isEqualTo(expected);
        if (expected) {
          legal++;
        } else {
          illegal++;
        }
      }
    }
    assertThat(legal).isEqualTo(20);
    assertThat(illegal).isEqualTo(144 - 20);
  }

  @Test
  void withdrawalIsPossibleFromEveryOpenStateOnly() {
    assertThat(
            EnumSet.allOf(ApplicationStatus.class).stream()
                .filter(s -> s.canTransitionTo(WITHDRAWN)))
        .containsExactlyInAnyOrder(
            DRAFT,
            SUBMITTED,
            SCREENING,
            RETURNED_FOR_INFORMATION,
            READY_FOR_COMMITTEE,
            DEFERRED,
            APPROVED,
            IN_PROGRESS);
  }

  @Test
  void onlyGrantedStatesHoldBudget() {
    assertThat(
            EnumSet.allOf(ApplicationStatus.class).stream()
                .filter(ApplicationStatus::holdsCommitment))
        .containsExactlyInAnyOrder(APPROVED, IN_PROGRESS, COMPLETED, CLOSED);
  }

  @Test
  void pendingIsSubmittedAndNotYetDecidedForGood() {
    assertThat(ApplicationStatus.all(ApplicationStatus::isPending))
        .containsExactlyInAnyOrder(
            SUBMITTED, SCREENING, RETURNED_FOR_INFORMATION, READY_FOR_COMMITTEE, DEFERRED);
  }

  @Test
  void everyDecisionLeadsToAStatusTheCommitteeStepMayMoveTo() {
    for (DecisionOutcome outcome : DecisionOutcome.values()) {
      assertThat(READY_FOR_COMMITTEE.canTransitionTo(outcome.status())).as("%s", outcome).isTrue();
      assertThat(outcome.status().name()).isEqualTo(outcome.name());
      assertThat(DecisionOutcome.byVerb(outcome.verb().toUpperCase())).contains(outcome);
    }
    assertThat(DecisionOutcome.byVerb("withdraw")).isEmpty();
  }
}
