package org.cppp.committee;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.Decision;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.FundingApplications;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions by circulation between meetings: an officer circulates an urgent application with a
 * deadline, each sitting voting member votes online or declares an interest (and is recused), and
 * when the deadline passes or all have voted the result is recorded like a meeting's decision
 * (subject type {@value #AUDIT_TYPE}).
 */
@Service
@Transactional
public class Circulations {

  static final String AUDIT_TYPE = "circulation";

  private final CirculationStore store;
  private final MemberStore members;
  private final FundingApplications applications;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  Circulations(
      CirculationStore store,
      MemberStore members,
      FundingApplications applications,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.store = store;
    this.members = members;
    this.applications = applications;
    this.audit = audit;
    this.events = events;
  }

  /** Circulates an application ready for the committee, with a deadline from today on. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public CirculationView start(String reference, LocalDate deadline, String note) {
    ApplicationView application = applications.get(reference);
    if (application.status() != ApplicationStatus.READY_FOR_COMMITTEE) {
      throw new RuleViolation("applicationRef", "committee.agenda.not-ready", reference);
    }
    LocalDate today = CommitteeMembers.today();
    if (deadline == null || deadline.isBefore(today)) {
      throw new RuleViolation("deadline", "committee.circulation.deadline");
    }
    if (store.openFor(reference)) {
      throw new RuleViolation("applicationRef", "committee.circulation.open", reference);
    }
    String text = note == null ? "" : note.trim();
    long id = store.insert(reference, text, deadline, CurrentUser.current().username(), today);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(id),
        "CIRCULATED",
        Map.of("application", reference, "deadline", deadline.toString()));
    return get(id);
  }

  /**
   * The current member votes (or declares an interest, which needs its nature in {@code comment}).
   * A member who declared an interest cannot vote afterwards.
   */
  @PreAuthorize("hasRole('COMMITTEE')")
  public CirculationView vote(long id, Vote vote, String comment) {
    CirculationView circulation = locked(id);
    LocalDate today = CommitteeMembers.today();
    if (circulation.status() != CirculationStatus.OPEN || today.isAfter(circulation.deadline())) {
      throw new StateConflict("committee.circulation.closed", id);
    }
    MemberView member =
        members
            .sitting(CurrentUser.current().username(), today)
            .filter(m -> m.position().votes())
            .orElseThrow(() -> new RuleViolation("member", "committee.member.not-voting"));
    if (vote == null) {
      throw new RuleViolation("vote", "committee.circulation.vote.required");
    }
    String text = comment == null ? "" : comment.trim();
    if (vote == Vote.INTEREST && text.isEmpty()) {
      throw new RuleViolation("comment", "committee.declaration.nature.required");
    }
    if (recused(circulation, member.id())) {
      throw new StateConflict("committee.circulation.recused");
    }
    store.vote(id, member.id(), vote, text);
    audit.record(
        AUDIT_TYPE,
        String.valueOf(id),
        "VOTED",
        Map.of("member", member.displayName(), "vote", vote.name()));
    return get(id);
  }

  /**
   * Closes a circulation once its deadline has passed or every sitting voting member has voted:
   * records the majority's decision if the non-recused votes reach the quorum, otherwise closes it
   * without a decision. The decision is written back like a meeting's, dated today.
   */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  public CirculationView close(long id) {
    CirculationView circulation = locked(id);
    if (circulation.status() != CirculationStatus.OPEN) {
      throw new StateConflict("committee.circulation.closed", id);
    }
    LocalDate today = CommitteeMembers.today();
    List<MemberView> voting =
        members.sittingOn(today).stream().filter(m -> m.position().votes()).toList();
    boolean allVoted =
        voting.stream()
            .allMatch(m -> circulation.votes().stream().anyMatch(v -> v.memberId() == m.id()));
    if (!today.isAfter(circulation.deadline()) && !allVoted) {
      throw new StateConflict("committee.circulation.not-due", circulation.deadline());
    }
    CirculationTally tally =
        CirculationTally.of(
            members.ruleOn(today),
            voting.size(),
            circulation.votes().stream().map(VoteView::vote).toList());
    if (tally.decided()) {
      String note = note(circulation, tally.outcome());
      // the circulation's record comes first: the application module verifies the decision by it
      store.close(id, CirculationStatus.DECIDED, tally.outcome(), note, today);
      applications.decide(
          circulation.applicationRef(),
          new Decision(
              tally.outcome().action(), today, null, note, DecisionAuthority.circulation(id)));
      ApplicationView app = applications.get(circulation.applicationRef());
      events.publishEvent(
          new CommitteeDecisionRecorded(app.reference(), app.factoryBr(), tally.outcome()));
    } else {
      store.close(id, CirculationStatus.NO_DECISION, null, tally.reasonKey(), null);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("outcome", tally.decided() ? tally.outcome().name() : "NO_DECISION");
    values.put("votes", tally.votes());
    values.put("required", tally.required());
    audit.record(AUDIT_TYPE, String.valueOf(id), "CLOSED", values);
    return get(id);
  }

  /** A circulation with its votes. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public CirculationView get(long id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Circulation", id));
  }

  /** The application of a circulation, not found for a member who declared an interest in it. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public ApplicationView application(long id) {
    CirculationView circulation = get(id);
    CurrentUser user = CurrentUser.current();
    if (!MeetingAccess.isOfficer(user)) {
      members
          .sitting(user.username(), CommitteeMembers.today())
          .filter(m -> recused(circulation, m.id()))
          .ifPresent(
              m -> {
                throw new NotFoundException("Circulation", id);
              });
    }
    return applications.get(circulation.applicationRef());
  }

  /** Every circulation, open ones first. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<CirculationView> all() {
    return store.all();
  }

  /** Open circulations the current member has not voted on. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<CirculationView> awaitingMyVote() {
    LocalDate today = CommitteeMembers.today();
    return members
        .sitting(CurrentUser.current().username(), today)
        .filter(m -> m.position().votes())
        .map(
            m ->
                store.open().stream()
                    .filter(c -> !today.isAfter(c.deadline()))
                    .filter(c -> c.votes().stream().noneMatch(v -> v.memberId() == m.id()))
                    .toList())
        .orElse(List.of());
  }

  /** Ids of open circulations past their deadline or fully voted: for the closing job. */
  @PreAuthorize(CommitteeMembers.OFFICERS)
  @Transactional(readOnly = true)
  public List<Long> due() {
    LocalDate today = CommitteeMembers.today();
    int voting = (int) members.sittingOn(today).stream().filter(m -> m.position().votes()).count();
    return store.open().stream()
        .filter(c -> today.isAfter(c.deadline()) || (voting > 0 && c.votes().size() >= voting))
        .map(CirculationView::id)
        .collect(Collectors.toList());
  }

  private CirculationView locked(long id) {
    return store.lock(id).orElseThrow(() -> new NotFoundException("Circulation", id));
  }

  private static boolean recused(CirculationView circulation, long memberId) {
    return circulation.votes().stream()
        .anyMatch(v -> v.memberId() == memberId && v.vote() == Vote.INTEREST);
  }

  private static String note(CirculationView circulation, Outcome outcome) {
    String comments =
        circulation.votes().stream()
            .filter(v -> v.vote().outcome() == outcome && !v.comment().isBlank())
            .map(VoteView::comment)
            .collect(Collectors.joining("; "));
    String base = "By circulation (" + circulation.deadline() + ")";
    return comments.isEmpty() ? base : base + ": " + comments;
  }
}
