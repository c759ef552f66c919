package org.cppp.committee;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.application.ApplicationView;
import org.cppp.application.Decision;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.FundingApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of a held meeting, item by item. Each needs the item's quorum (members recused from
 * it do not count), is written back to the application (which commits the budget in the same
 * transaction), and is recorded exactly once however many officers record it at the same moment.
 */
@Service
@Transactional
public class MeetingDecisions {

  private final MeetingStore store;
  private final MeetingAccess access;
  private final QuorumCounter quorum;
  private final ItemDecisionPolicy policy;
  private final FundingApplications applications;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  MeetingDecisions(
      MeetingStore store,
      MeetingAccess access,
      QuorumCounter quorum,
      ItemDecisionPolicy policy,
      FundingApplications applications,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.store = store;
    this.access = access;
    this.quorum = quorum;
    this.policy = policy;
    this.applications = applications;
    this.audit = audit;
    this.events = events;
  }

  /** Whether the meeting as a whole has its quorum, from the attendance recorded. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public QuorumCheck quorum(long meetingId) {
    return quorum.meeting(access.meeting(meetingId));
  }

  /** Whether an item has its quorum: present members not recused from it. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public QuorumCheck quorum(long meetingId, long itemId) {
    MeetingView meeting = access.meeting(meetingId);
    access.item(meetingId, itemId);
    return quorum.item(meeting, itemId);
  }

  /**
   * Records the decision on an application item of a held meeting, dated the meeting's date.
   * Refuses an item without quorum (field {@code quorum}), a rejection without reasons or a
   * deferral without the request (field {@code note}), an amount above the rules' share (field
   * {@code approvedAmount}), an approval the budget cannot cover (field {@code amountHkd}), and a
   * second decision on the same item (409).
   */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public DecisionView decide(long meetingId, long itemId, DecisionInput input) {
    MeetingView meeting = access.meeting(meetingId);
    AgendaItemView item =
        store
            .lockItem(itemId)
            .filter(i -> i.meetingId() == meetingId)
            .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
    ItemDecisionPolicy.requireUndecidedApplication(item);
    policy.requireHeldAndQuorate(meeting, item);
    String note = requireNote(input);
    String actor = CurrentUser.current().username();
    // the meeting's record comes first: the application module verifies the decision against it
    store.decision(itemId, input, input.approvedAmountHkd(), meeting.date(), actor);
    ApplicationView decided =
        applications.decide(
            item.applicationRef(),
            new Decision(
                input.outcome().action(),
                meeting.date(),
                input.approvedAmountHkd(),
                note,
                DecisionAuthority.meetingItem(itemId)));
    BigDecimal amount = input.outcome() == Outcome.APPROVED ? decided.approvedAmountHkd() : null;
    store.decisionAmount(itemId, amount);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("item", item.applicationRef());
    values.put("outcome", input.outcome().name());
    values.put("approvedAmountHkd", amount == null ? null : amount.toPlainString());
    values.put("note", note);
    audit.record(Meetings.AUDIT_TYPE, String.valueOf(meetingId), "DECIDED", values);
    events.publishEvent(
        new CommitteeDecisionRecorded(item.applicationRef(), decided.factoryBr(), input.outcome()));
    return store.item(itemId).orElseThrow().decision();
  }

  static String requireNote(DecisionInput input) {
    String note = input.note() == null ? "" : input.note().trim();
    if (input.outcome() == null) {
      throw new RuleViolation("outcome", "committee.decision.outcome");
    }
    if (input.outcome() != Outcome.APPROVED && note.isEmpty()) {
      throw new RuleViolation("note", "committee.decision.note." + input.outcome().name());
    }
    if (input.outcome() != Outcome.APPROVED && input.approvedAmountHkd() != null) {
      throw new RuleViolation("approvedAmountHkd", "committee.decision.amount.only-approval");
    }
    return note;
  }
}
