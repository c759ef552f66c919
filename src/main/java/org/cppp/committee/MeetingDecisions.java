package org.cppp.committee;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.application.ApplicationVariations;
import org.cppp.application.ApplicationView;
import org.cppp.application.Decision;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.application.VariationDecision;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Records a held meeting's decision on an item through the {@link Meeting} aggregate and writes it
 * back in the same transaction: an application item's to the application, a variation item's to the
 * variation request (through {@link ApplicationVariations#decide}, whose budget check and mail are
 * the same as for a circulated or delegated variation). The application module verifies it against
 * the meeting's record (so that comes first), and a budget that cannot cover it rolls both back.
 */
@Component
class MeetingDecisions {

  private final MeetingRepository repository;
  private final MeetingRecords records;
  private final MemberStore members;
  private final FundingApplications applications;
  private final ApplicationVariations variations;
  private final Clock clock;

  MeetingDecisions(
      MeetingRepository repository,
      MeetingRecords records,
      MemberStore members,
      FundingApplications applications,
      ApplicationVariations variations,
      Clock clock) {
    this.repository = repository;
    this.records = records;
    this.members = members;
    this.applications = applications;
    this.variations = variations;
    this.clock = clock;
  }

  DecisionView decide(long meetingId, long itemId, DecisionInput input) {
    Meeting meeting = records.locked(meetingId);
    AgendaItem item = meeting.item(itemId);
    item.requireUndecided();
    if (item.kind().variation() && input.approvedAmountHkd() != null) {
      throw new RuleViolation("approvedAmountHkd", "committee.decision.amount.variation");
    }
    String factoryBr = applications.get(item.applicationRef()).factoryBr();
    Meeting.Decider by =
        new Meeting.Decider(CurrentUser.current().username(), clock.instant(), factoryBr);
    meeting.decide(itemId, input, members.sitting(meeting.date()), by);
    // the meeting's record comes first: the application module verifies the decision against it
    repository.write(meeting);
    BigDecimal amount =
        item.kind().variation()
            ? decideVariation(meeting, item, input)
            : decide(meeting, item, input);
    item.settle(amount);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("item", item.applicationRef());
    if (item.kind().variation()) {
      values.put("variation", item.variationId());
    }
    values.put("outcome", input.outcome().name());
    values.put("approvedAmountHkd", amount == null ? null : amount.toPlainString());
    values.put("note", input.checkedNote());
    records.save(meeting, "DECIDED", values);
    return item.view().decision();
  }

  /** Decides the application; returns the amount approved, if it was. */
  private BigDecimal decide(Meeting meeting, AgendaItem item, DecisionInput input) {
    ApplicationView decided =
        applications.decide(
            item.applicationRef(),
            new Decision(
                input.outcome(),
                meeting.date(),
                input.approvedAmountHkd(),
                input.checkedNote(),
                DecisionAuthority.meetingItem(item.id())));
    return input.outcome() == DecisionOutcome.APPROVED ? decided.approvedAmountHkd() : null;
  }

  /**
   * Approves or refuses the variation request; a deferral leaves it undecided (for another
   * meeting). Returns the grant once varied, if it was approved.
   */
  private BigDecimal decideVariation(Meeting meeting, AgendaItem item, DecisionInput input) {
    if (input.outcome() == DecisionOutcome.DEFERRED) {
      return null;
    }
    variations.decide(
        item.applicationRef(),
        item.variationId(),
        new VariationDecision(
            input.outcome(),
            meeting.date(),
            input.checkedNote(),
            DecisionAuthority.meetingItem(item.id())));
    return input.outcome() == DecisionOutcome.APPROVED
        ? applications.get(item.applicationRef()).approvedAmountHkd()
        : null;
  }
}
