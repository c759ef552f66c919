package org.cppp.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationVariations;
import org.cppp.application.ApplicationView;
import org.cppp.application.Decision;
import org.cppp.application.DecisionAuthority;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.FundingApplications;
import org.cppp.application.VariationDecision;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
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

  private final CirculationRepository repository;
  private final CirculationStore store;
  private final MemberStore members;
  private final FundingApplications applications;
  private final ApplicationVariations variations;
  private final CommitteePolicy policy;
  private final CommitteeMail mail;
  private final AuditTrail audit;
  private final Clock clock;

  Circulations(
      CirculationRepository repository,
      CirculationStore store,
      MemberStore members,
      FundingApplications applications,
      ApplicationVariations variations,
      CommitteePolicy policy,
      CommitteeMail mail,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.store = store;
    this.members = members;
    this.applications = applications;
    this.variations = variations;
    this.policy = policy;
    this.mail = mail;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Circulates an application ready for the committee, with a deadline from today on, and mails the
   * voting members sitting today the link to vote.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public CirculationView start(String reference, LocalDate deadline, String note) {
    ApplicationView application = applications.get(reference);
    if (application.status() != ApplicationStatus.READY_FOR_COMMITTEE) {
      throw new RuleViolation("applicationRef", "committee.agenda.not-ready", reference);
    }
    return circulate(reference, null, deadline, note);
  }

  /**
   * Circulates a factory's variation request not yet decided (one no delegated authority covers),
   * with a deadline from today on; closing it decides the variation, not the application.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public CirculationView startVariation(
      String reference, long variationId, LocalDate deadline, String note) {
    if (variations.get(reference, variationId).status().decided()) {
      throw new RuleViolation(
          "variationId", "committee.circulation.variation-decided", variationId);
    }
    return circulate(reference, variationId, deadline, note);
  }

  private CirculationView circulate(
      String reference, Long variationId, LocalDate deadline, String note) {
    Circulation circulation =
        new Circulation(
            reference, variationId, deadline, note, CurrentUser.current().username(), today());
    if (repository.existsByApplicationRefAndStatus(reference, CirculationStatus.OPEN)) {
      throw new RuleViolation("applicationRef", "committee.circulation.open", reference);
    }
    long id = repository.saveAndFlush(circulation).id();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("application", reference);
    values.put("variation", variationId);
    values.put("deadline", deadline.toString());
    audit.record(AUDIT_TYPE, String.valueOf(id), "CIRCULATED", values);
    CirculationView started = get(id);
    mail.circulationStarted(
        started, members.sittingOn(today()).stream().filter(m -> m.position().votes()).toList());
    return started;
  }

  /**
   * The current member votes (or declares an interest, which needs its nature in {@code comment}).
   * A member who declared an interest cannot vote afterwards.
   */
  @PreAuthorize(CommitteePolicy.MEMBER)
  public CirculationView vote(long id, Vote vote, String comment) {
    Circulation circulation = locked(id);
    LocalDate today = today();
    circulation.requireOpen(today);
    MemberView member =
        members
            .sitting(CurrentUser.current().username(), today)
            .filter(m -> m.position().votes())
            .orElseThrow(() -> new RuleViolation("member", "committee.member.not-voting"));
    circulation.vote(member, vote, comment, today, clock.instant());
    repository.saveAndFlush(circulation);
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
   * without a decision. The decision is written back like a meeting's, dated today, in the same
   * transaction (a budget that cannot cover it leaves the circulation open).
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  public CirculationView close(long id) {
    Circulation circulation = locked(id);
    LocalDate today = today();
    String factoryBr = applications.get(circulation.applicationRef()).factoryBr();
    CirculationTally tally = circulation.close(members.sitting(today), today, factoryBr);
    // the circulation's record comes first: the application module verifies the decision by it
    repository.saveAndFlush(circulation);
    if (tally.decided() && circulation.variationId() != null) {
      decideVariation(circulation, tally, today);
    } else if (tally.decided()) {
      applications.decide(
          circulation.applicationRef(),
          new Decision(
              tally.outcome(),
              today,
              null,
              circulation.resultNote(),
              DecisionAuthority.circulation(id)));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("outcome", tally.decided() ? tally.outcome().name() : "NO_DECISION");
    values.put("votes", tally.votes());
    values.put("required", tally.required());
    audit.record(AUDIT_TYPE, String.valueOf(id), "CLOSED", values);
    return get(id);
  }

  /** A variation is approved or refused; a deferral leaves it for another circulation. */
  private void decideVariation(Circulation circulation, CirculationTally tally, LocalDate today) {
    if (tally.outcome() == DecisionOutcome.DEFERRED) {
      return;
    }
    variations.decide(
        circulation.applicationRef(),
        circulation.variationId(),
        new VariationDecision(
            tally.outcome(),
            today,
            circulation.resultNote(),
            DecisionAuthority.circulation(circulation.id())));
  }

  /** A circulation with its votes. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public CirculationView get(long id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("Circulation", id));
  }

  /** The application of a circulation, not found for a member who declared an interest in it. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public ApplicationView application(long id) {
    Circulation circulation =
        repository.findById(id).orElseThrow(() -> new NotFoundException("Circulation", id));
    CurrentUser user = CurrentUser.current();
    boolean recused =
        members
            .sitting(user.username(), today())
            .map(m -> circulation.recused(m.id()))
            .orElse(false);
    if (policy.withholds(user, recused)) {
      throw new NotFoundException("Circulation", id);
    }
    return applications.get(circulation.applicationRef());
  }

  /** Every circulation, open ones first. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<CirculationView> all() {
    return store.all();
  }

  /**
   * Open circulations the current member may vote on now: they are a sitting voting member, the
   * deadline has not passed and they have not declared an interest.
   */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<CirculationView> votable() {
    return votable((m, c) -> c.votes().stream().noneMatch(v -> isInterest(v, m)));
  }

  /** Open circulations the current member has not voted on. */
  @PreAuthorize(CommitteePolicy.READ)
  @Transactional(readOnly = true)
  public List<CirculationView> awaitingMyVote() {
    return votable((m, c) -> c.votes().stream().noneMatch(v -> v.memberId() == m.id()));
  }

  /**
   * Ids of open circulations that may be closed: past their deadline or voted on by every sitting
   * voting member (the rule {@link Circulation#close} applies). For the closing job and the pages.
   */
  @PreAuthorize(CommitteePolicy.MANAGE)
  @Transactional(readOnly = true)
  public List<Long> due() {
    LocalDate today = today();
    List<Long> voting =
        members.sittingOn(today).stream()
            .filter(m -> m.position().votes())
            .map(MemberView::id)
            .toList();
    return store.open().stream()
        .filter(c -> today.isAfter(c.deadline()) || (!voting.isEmpty() && votedByAll(c, voting)))
        .map(CirculationView::id)
        .toList();
  }

  private List<CirculationView> votable(BiPredicate<MemberView, CirculationView> also) {
    LocalDate today = today();
    return members
        .sitting(CurrentUser.current().username(), today)
        .filter(m -> m.position().votes())
        .map(
            m ->
                store.open().stream()
                    .filter(c -> !today.isAfter(c.deadline()))
                    .filter(c -> also.test(m, c))
                    .toList())
        .orElse(List.of());
  }

  private static boolean isInterest(VoteView vote, MemberView member) {
    return vote.memberId() == member.id() && vote.vote() == Vote.INTEREST;
  }

  private static boolean votedByAll(CirculationView circulation, List<Long> voting) {
    return circulation.votes().stream().map(VoteView::memberId).toList().containsAll(voting);
  }

  private Circulation locked(long id) {
    return repository.findLocked(id).orElseThrow(() -> new NotFoundException("Circulation", id));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
