package org.cppp.application.web;

import org.cppp.application.ActionInput;
import org.cppp.application.ApplicationAction;
import org.cppp.application.FundingApplications;
import org.cppp.shared.RuleViolation;

/**
 * The action an application page's button asks for, by its path: a withdrawal only once the user
 * confirmed it (field {@code confirmed}); submitting goes through the submission's own checks.
 */
record PageAction(ApplicationAction action) {

  static PageAction of(String path, boolean confirmed) {
    ApplicationAction action = ApplicationAction.named(path);
    if (action == ApplicationAction.WITHDRAW && !confirmed) {
      throw new RuleViolation("confirmed", "action.withdraw.unconfirmed");
    }
    return new PageAction(action);
  }

  void on(String reference, ActionInput input, FundingApplications applications) {
    if (action == ApplicationAction.SUBMIT) {
      applications.submit(reference);
    } else {
      applications.act(reference, action, input);
    }
  }

  /** The message telling the user it was done. */
  String done() {
    return "application.action.done." + action.path();
  }
}
