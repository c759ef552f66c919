package org.cppp.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a funding application stands. Each status names the statuses it may move to; anything else
 * is refused.
 */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  SCREENING,
  RETURNED_FOR_INFORMATION,
  READY_FOR_COMMITTEE,
  APPROVED,
  REJECTED,
  DEFERRED,
  IN_PROGRESS,
  COMPLETED,
  CLOSED,
  WITHDRAWN;

  /** Whether an application in this status may move to {@code next}. */
  public boolean canTransitionTo(ApplicationStatus next) {
    return next(this).contains(next);
  }

  /**
   * Submitted and not decided for good (a deferral comes back): what a second application of the
   * same factory and scheme would duplicate.
   */
  public boolean isPending() {
    return this == SUBMITTED
        || this == SCREENING
        || this == RETURNED_FOR_INFORMATION
        || this == READY_FOR_COMMITTEE
        || this == DEFERRED;
  }

  /** Approved and not withdrawn: the grant holds money. */
  public boolean holdsCommitment() {
    return this == APPROVED || this == IN_PROGRESS || this == COMPLETED || this == CLOSED;
  }

  /** The statuses answering yes: for queries by status. */
  public static Set<ApplicationStatus> all(Predicate<ApplicationStatus> question) {
    return EnumSet.copyOf(Arrays.stream(values()).filter(question).toList());
  }

  private static Set<ApplicationStatus> next(ApplicationStatus status) {
    return switch (status) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(SCREENING, WITHDRAWN);
      case SCREENING -> EnumSet.of(RETURNED_FOR_INFORMATION, READY_FOR_COMMITTEE, WITHDRAWN);
      case RETURNED_FOR_INFORMATION -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case READY_FOR_COMMITTEE -> EnumSet.of(APPROVED, REJECTED, DEFERRED, WITHDRAWN);
      case DEFERRED -> EnumSet.of(SCREENING, WITHDRAWN);
      case APPROVED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, WITHDRAWN);
      case COMPLETED -> EnumSet.of(CLOSED);
      case REJECTED, CLOSED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
    };
  }
}
