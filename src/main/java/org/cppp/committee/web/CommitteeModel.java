package org.cppp.committee.web;

import org.cppp.committee.CommitteePolicy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every committee page asks the policy: whether the reader runs the committee's business. */
@ControllerAdvice(assignableTypes = {MeetingPages.class, CirculationPages.class, MemberPages.class})
class CommitteeModel {

  private final CommitteePolicy policy;

  CommitteeModel(CommitteePolicy policy) {
    this.policy = policy;
  }

  @ModelAttribute("officer")
  boolean officer() {
    return policy.mayManageMeetings();
  }
}
