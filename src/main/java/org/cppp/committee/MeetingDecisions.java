package org.cppp.committee;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.application.ApplicationView;
import org.cppp.application.Decision;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Records a held meeting's decision on an item through the {@link Meeting} aggregate and writes it
 * back to the application in the same transaction: the application module verifies it against the
 * meeting's record (so that comes first), and a budget that cannot cover it rolls both back.
 */
@Component
class MeetingDecisions {

  private final MeetingRepository repository;
  private final MeetingRecords records;
  private final MemberStore members;
  private final FundingApplications applications;
  private final Clock clock;

  MeetingDecisions(
      MeetingRepository repository,
      MeetingRecords records,
      MemberStore members,
      FundingApplications applications,
      Clock clock) {
    this.repository = repository;
    this.records = records;
    this.members = members;
    this.applications = applications;
    this.clock = clock;
  }

  DecisionView decide(long meetingId, long itemId, DecisionInput input) {
    Meeting meeting = records.locked(meetingId);
    AgendaItem item = meeting.item(itemId);
    item.requireUndecidedApplication();
    String factoryBr = applications.get(item.applicationRef()).factoryBr();
    Meeting.Decider by =
        new Meeting.Decider(CurrentUser.current().username(), clock.instant(), factoryBr);
    meeting.decide(itemId, input, members.sitting(meeting.date()), by);
    // the meeting's record comes first: the application module verifies the decision against it
    repository.write(meeting);
    ApplicationView decided =
        applications.decide(
            item.applicationRef(),
            new Decision(
                input.outcome(),
                meeting.date(),
                input.approvedAmountHkd(),
                input.checkedNote(),
                DecisionAuthority.meetingItem(itemId)));
    var amount = input.outcome() == DecisionOutcome.APPROVED ? decided.approvedAmountHkd() : null;
    item.settle(amount);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("item", item.applicationRef());
    values.put("outcome", input.outcome().name());
    values.put("approvedAmountHkd", amount == null ? null : amount.toPlainString());
    values.put("note", input.checkedNote());
    records.save(meeting, "DECIDED", values);
    return item.view().decision();
  }
}
