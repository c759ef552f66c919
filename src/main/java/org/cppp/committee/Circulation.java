package org.cppp.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cppp.application.DecisionOutcome;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An application circulated to the members for a decision between meetings, with their votes. It
 * closes with the majority's decision once its deadline has passed or every sitting voting member
 * has voted, and registers {@link CommitteeDecisionRecorded} when it decides.
 */
@Entity
@Table(name = "circulation")
class Circulation extends AbstractAggregateRoot<Circulation> {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String applicationRef;

  /** The variation request circulated, or {@code null} when the application itself is. */
  private Long variationId;

  private String note;
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  private CirculationStatus status;

  @Enumerated(EnumType.STRING)
  private DecisionOutcome outcome;

  private String resultNote;
  private LocalDate decidedOn;
  private String createdBy;
  private LocalDate createdOn;
  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "circulation_vote", joinColumns = @JoinColumn(name = "circulation_id"))
  @MapKeyColumn(name = "member_id")
  private Map<Long, CastVote> votes = new HashMap<>();

  protected Circulation() {}

  /** Circulates an application with a deadline from today on. */
  Circulation(String reference, LocalDate deadline, String note, String actor, LocalDate today) {
    this(reference, null, deadline, note, actor, today);
  }

  /** Circulates a variation request of an application (or, without one, the application). */
  Circulation(
      String reference,
      Long variationId,
      LocalDate deadline,
      String note,
      String actor,
      LocalDate today) {
    this.variationId = variationId;
    if (deadline == null || deadline.isBefore(today)) {
      throw new RuleViolation("deadline", "committee.circulation.deadline");
    }
    this.applicationRef = reference;
    this.deadline = deadline;
    this.note = note == null ? "" : note.trim();
    this.status = CirculationStatus.OPEN;
    this.resultNote = "";
    this.createdBy = actor;
    this.createdOn = today;
  }

  /** A voting member votes, or declares an interest (which needs its nature, and is final). */
  void vote(MemberView member, Vote vote, String comment, LocalDate today, Instant at) {
    requireOpen(today);
    if (vote == null) {
      throw new RuleViolation("vote", "committee.circulation.vote.required");
    }
    String text = comment == null ? "" : comment.trim();
    if (vote == Vote.INTEREST && text.isEmpty()) {
      throw new RuleViolation("comment", "committee.declaration.nature.required");
    }
    if (recused(member.id())) {
      throw new StateConflict("committee.circulation.recused");
    }
    votes.put(member.id(), new CastVote(vote, text, at));
  }

  /** Whether its deadline has passed or all of {@code voting} have voted. */
  boolean due(List<MemberView> voting, LocalDate today) {
    return today.isAfter(deadline) || voting.stream().allMatch(m -> votes.containsKey(m.id()));
  }

  /**
   * Closes it: with the majority's decision, dated today, if the non-recused votes reach the quorum
   * of the sitting voting members (registering {@link CommitteeDecisionRecorded}), otherwise
   * without a decision.
   */
  CirculationTally close(Sitting sitting, LocalDate today, String factoryBr) {
    if (status != CirculationStatus.OPEN) {
      throw new StateConflict("committee.circulation.closed", id);
    }
    List<MemberView> voting = sitting.members().stream().filter(m -> m.position().votes()).toList();
    if (!due(voting, today)) {
      throw new StateConflict("committee.circulation.not-due", deadline);
    }
    CirculationTally tally =
        CirculationTally.of(
            sitting.rule(), voting.size(), votes.values().stream().map(CastVote::vote).toList());
    if (tally.decided()) {
      status = CirculationStatus.DECIDED;
      outcome = tally.outcome();
      resultNote = decisionNote();
      decidedOn = today;
      if (variationId == null) {
        // a variation's decision is mailed by the applications module, not as a decision letter
        registerEvent(new CommitteeDecisionRecorded(applicationRef, factoryBr, outcome));
      }
    } else {
      status = CirculationStatus.NO_DECISION;
      resultNote = tally.reasonKey();
    }
    return tally;
  }

  /** Whether the member declared an interest in it. */
  boolean recused(long memberId) {
    CastVote cast = votes.get(memberId);
    return cast != null && cast.vote() == Vote.INTEREST;
  }

  void requireOpen(LocalDate today) {
    if (status != CirculationStatus.OPEN || today.isAfter(deadline)) {
      throw new StateConflict("committee.circulation.closed", id);
    }
  }

  private String decisionNote() {
    String comments =
        votes.values().stream()
            .sorted(java.util.Comparator.comparing(CastVote::votedAt))
            .filter(v -> v.vote().outcome() == outcome && !v.comment().isBlank())
            .map(CastVote::comment)
            .collect(Collectors.joining("; "));
    String base = "By circulation (" + deadline + ")";
    return comments.isEmpty() ? base : base + ": " + comments;
  }

  Long id() {
    return id;
  }

  String applicationRef() {
    return applicationRef;
  }

  Long variationId() {
    return variationId;
  }

  DecisionOutcome outcome() {
    return outcome;
  }

  LocalDate decidedOn() {
    return decidedOn;
  }

  CirculationStatus status() {
    return status;
  }

  String resultNote() {
    return resultNote;
  }

  /** A member's vote as cast. */
  @Embeddable
  record CastVote(@Enumerated(EnumType.STRING) Vote vote, String comment, Instant votedAt) {}
}
