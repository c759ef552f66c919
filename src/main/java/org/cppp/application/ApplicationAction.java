package org.cppp.application;

import java.util.Arrays;
import java.util.Optional;
import org.cppp.shared.RuleViolation;

/**
 * What a user does to an application, as named in {@code POST /api/applications/{ref}/{action}},
 * and the status it leads to. Decisions are not actions: they are {@link DecisionOutcome}s,
 * recorded under an authority.
 */
public enum ApplicationAction {
  SUBMIT("submit", ApplicationStatus.SUBMITTED),
  SCREEN("screen", ApplicationStatus.SCREENING),
  RETURN("return", ApplicationStatus.RETURNED_FOR_INFORMATION),
  READY("ready", ApplicationStatus.READY_FOR_COMMITTEE),
  START("start", ApplicationStatus.IN_PROGRESS),
  COMPLETE("complete", ApplicationStatus.COMPLETED),
  CLOSE("close", ApplicationStatus.CLOSED),
  WITHDRAW("withdraw", ApplicationStatus.WITHDRAWN);

  private final String path;
  private final ApplicationStatus target;

  ApplicationAction(String path, ApplicationStatus target) {
    this.path = path;
    this.target = target;
  }

  public String path() {
    return path;
  }

  public ApplicationStatus target() {
    return target;
  }

  /**
   * The action a path names. A decision's verb ({@code approve}) is refused (field {@code action}):
   * decisions are recorded under an authority, not taken as actions.
   */
  public static ApplicationAction named(String path) {
    return byPath(path)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "action",
                    DecisionOutcome.byVerb(path).isPresent()
                        ? "application.action.decision-only"
                        : "application.action.unknown"));
  }

  public static Optional<ApplicationAction> byPath(String path) {
    return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
  }
}
