package org.cppp.application.web;

import java.util.ArrayList;
import java.util.List;
import org.cppp.application.ApplicationAction;
import org.cppp.application.ApplicationView;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;

/** The buttons an application's page offers this user now: what the workflow and role allow. */
final class AvailableActions {

  private AvailableActions() {}

  static List<ApplicationAction> of(ApplicationView application, CurrentUser user) {
    boolean staff = user.hasAny(Role.OFFICER, Role.ADMIN);
    boolean owner = user.has(Role.APPLICANT) && application.factoryBr().equals(user.factoryBr());
    List<ApplicationAction> actions = new ArrayList<>();
    for (ApplicationAction action : ApplicationAction.values()) {
      if (!application.status().canTransitionTo(action.target()) || action.isDecision()) {
        continue;
      }
      boolean ownerAction =
          action == ApplicationAction.SUBMIT || action == ApplicationAction.WITHDRAW;
      if (staff || (owner && ownerAction)) {
        actions.add(action);
      }
    }
    return actions;
  }

  /**
   * Whether this user is offered the decision section: under a delegated authority, or told that
   * the application needs the committee.
   */
  static boolean mayDecide(ApplicationView application, CurrentUser user) {
    return user.hasAny(Role.OFFICER, Role.ADMIN)
        && application.status() == org.cppp.application.ApplicationStatus.READY_FOR_COMMITTEE;
  }
}
