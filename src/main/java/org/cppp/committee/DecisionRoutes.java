package org.cppp.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.application.DecisionAuthorities;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.DelegationOption;
import org.cppp.audit.AuditTrail;
import org.cppp.funding.Scheme;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The committee's side of every funding decision: the application module records a decision only
 * after this says which of the three routes it came by. A meeting item's decision must be the one a
 * held, quorate meeting recorded (on the application's item, or on its variation request's); a
 * circulation's the one it closed with; a delegated decision must be an officer's, within the
 * authority's schemes, ceiling and period, and is then listed for noting at the next meeting.
 */
@Component
class DecisionRoutes implements DecisionAuthorities {

  private final MeetingRepository meetings;
  private final CirculationRepository circulations;
  private final DelegationStore delegations;
  private final MemberStore members;
  private final Noting noting;
  private final CommitteePolicy policy;
  private final AuditTrail audit;
  private final Clock clock;

  DecisionRoutes(
      MeetingRepository meetings,
      CirculationRepository circulations,
      DelegationStore delegations,
      MemberStore members,
      Noting noting,
      CommitteePolicy policy,
      AuditTrail audit,
      Clock clock) {
    this.meetings = meetings;
    this.circulations = circulations;
    this.delegations = delegations;
    this.members = members;
    this.noting = noting;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public String authorise(DecisionAuthority authority, DecisionFacts decision) {
    return switch (authority.route()) {
      case MEETING_ITEM -> meetingItem(authority.id(), decision);
      case CIRCULATION -> circulation(authority.id(), decision);
      case DELEGATED -> delegated(authority.id(), decision);
    };
  }

  @Override
  public List<DelegationOption> delegationsFor(
      Scheme scheme, java.math.BigDecimal governmentShareHkd, LocalDate on) {
    return delegations.current(on).stream()
        .filter(a -> a.covers(scheme, governmentShareHkd, on))
        .map(
            a ->
                new DelegationOption(
                    a.id(), a.citation(), a.schemes(), a.maxGovernmentShareHkd(), a.validUntil()))
        .toList();
  }

  private String meetingItem(long itemId, DecisionFacts decision) {
    Meeting meeting = meetings.findByItem(itemId).orElseThrow(DecisionRoutes::notRecorded);
    AgendaItem item = meeting.item(itemId);
    if (!item.kind().forDecision()
        || !decision.reference().equals(item.applicationRef())
        || !java.util.Objects.equals(decision.variationId(), item.variationId())) {
      throw notRecorded();
    }
    meeting.deliberation().requireQuorate(item, members.sitting(meeting.date()));
    boolean recorded =
        item.decision()
            .filter(d -> d.outcome() == decision.outcome())
            .filter(d -> meeting.date().equals(decision.decidedOn()))
            .isPresent();
    if (!recorded) {
      throw notRecorded();
    }
    return meeting.number() + " (" + meeting.date() + ") §" + item.position();
  }

  private String circulation(long id, DecisionFacts decision) {
    Circulation c =
        circulations
            .findById(id)
            .filter(v -> decision.reference().equals(v.applicationRef()))
            .filter(v -> java.util.Objects.equals(decision.variationId(), v.variationId()))
            .filter(v -> v.status() == CirculationStatus.DECIDED)
            .filter(v -> v.outcome() == decision.outcome())
            .filter(v -> decision.decidedOn().equals(v.decidedOn()))
            .orElseThrow(DecisionRoutes::notRecorded);
    return "C-" + c.id() + " (" + c.decidedOn() + ")";
  }

  private String delegated(long id, DecisionFacts decision) {
    DelegatedAuthority authority =
        delegations
            .find(id)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        DelegatedAuthority.FIELD, "application.decision.authority.unknown"));
    if (!policy.mayManageMeetings(CurrentUser.current())) {
      throw new AccessDeniedException("a delegated authority lets officers decide");
    }
    authority
        .refusal(decision.scheme(), decision.governmentShareHkd(), decision.decidedOn())
        .ifPresent(
            refusal -> {
              throw refusal;
            });
    recordUnder(id, decision);
    noting.listPending(LocalDate.now(clock));
    return authority.citation();
  }

  /** Records the decision under the authority (to be listed for noting), audited. */
  private void recordUnder(long id, DecisionFacts decision) {
    DecisionOutcome outcome = decision.outcome();
    delegations.recordDecision(
        id,
        new DelegationStore.Taken(
            0,
            id,
            decision.reference(),
            decision.title().isBlank() ? decision.reference() : decision.title(),
            decision.scheme(),
            outcome,
            decision.governmentShareHkd(),
            decision.decidedOn(),
            decision.actor(),
            null));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("application", decision.reference());
    values.put("outcome", outcome.name());
    values.put("decidedOn", decision.decidedOn().toString());
    audit.record(Delegations.AUDIT_TYPE, String.valueOf(id), "DECIDED_UNDER", values);
  }

  private static StateConflict notRecorded() {
    return new StateConflict("committee.authority.not-recorded");
  }
}
