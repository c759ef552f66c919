package org.cppp.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A step of the office's work that has a service level: screening (from submission until ready for
 * the committee) and the committee (from ready until decided).
 */
public enum ServiceStage {
  SCREENING(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING)),
  COMMITTEE(EnumSet.of(ApplicationStatus.READY_FOR_COMMITTEE));

  private final Set<ApplicationStatus> statuses;

  ServiceStage(Set<ApplicationStatus> statuses) {
    this.statuses = statuses;
  }

  /** The stage an application in this status is in; none outside the office's timed steps. */
  public static Optional<ServiceStage> of(ApplicationStatus status) {
    for (ServiceStage stage : values()) {
      if (stage.statuses.contains(status)) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }
}
