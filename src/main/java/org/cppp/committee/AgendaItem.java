package org.cppp.committee;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationStatus;
import org.cppp.funding.Scheme;
import org.cppp.funding.SchemeConverter;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.hibernate.annotations.BatchSize;

/** One item of a meeting's agenda, with the members' declarations on it and its decision. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  private int position;

  @Enumerated(EnumType.STRING)
  private ItemKind kind;

  private String applicationRef;

  @Convert(converter = SchemeConverter.class)
  private Scheme scheme;

  private String title;
  private String description;
  private Long confirmsMeeting;
  private Long variationId;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus withdrawnAs;

  @OneToOne(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
  private ItemDecision decision;

  @ElementCollection
  @BatchSize(size = 50)
  @CollectionTable(name = "interest_declaration", joinColumns = @JoinColumn(name = "item_id"))
  @MapKeyColumn(name = "member_id")
  private Map<Long, Declaration> declarations = new HashMap<>();

  protected AgendaItem() {}

  AgendaItem(
      Meeting meeting,
      ItemKind kind,
      String applicationRef,
      Scheme scheme,
      String title,
      String description,
      Long confirmsMeeting) {
    this.meeting = meeting;
    this.kind = kind;
    this.applicationRef = applicationRef;
    this.scheme = scheme;
    this.title = title;
    this.description = description == null ? "" : description;
    this.confirmsMeeting = confirmsMeeting;
  }

  /** A variation request of the application, for the meeting's decision. */
  static AgendaItem variation(
      Meeting meeting, String reference, Scheme scheme, String title, long variationId) {
    AgendaItem item =
        new AgendaItem(meeting, ItemKind.VARIATION, reference, scheme, title, "", null);
    item.variationId = variationId;
    return item;
  }

  /**
   * Refuses an item that is not an application's or a variation's, already decided, or withdrawn.
   */
  void requireUndecided() {
    if (!kind.forDecision()) {
      throw new RuleViolation("itemId", "committee.decision.not-application");
    }
    if (decided()) {
      throw new StateConflict("committee.decision.already", applicationRef);
    }
    if (withdrawn()) {
      throw new StateConflict("committee.agenda.withdrawn", applicationRef, withdrawnAs.name());
    }
  }

  void decide(DecisionInput input, LocalDate on, String actor, Instant at) {
    decision = new ItemDecision(this, input, on, actor, at);
  }

  /** The approved amount the decision resolved to (the share when none was given). */
  void settle(BigDecimal approvedAmountHkd) {
    decision.settle(approvedAmountHkd);
  }

  void declare(long memberId, boolean interest, String nature, Instant at) {
    if (interest && (nature == null || nature.isBlank())) {
      throw new RuleViolation("nature", "committee.declaration.nature.required");
    }
    if (!interest && recused().contains(memberId)) {
      throw new StateConflict("committee.declaration.interest-final");
    }
    declarations.put(memberId, new Declaration(interest, interest ? nature.trim() : "", at));
  }

  Optional<Declaration> declarationOf(long memberId) {
    return Optional.ofNullable(declarations.get(memberId));
  }

  /** The members who declared an interest in it. */
  Set<Long> recused() {
    return declarations.entrySet().stream()
        .filter(e -> e.getValue().interest())
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  void withdraw(ApplicationStatus as) {
    withdrawnAs = as;
  }

  boolean decided() {
    return decision != null;
  }

  boolean withdrawn() {
    return withdrawnAs != null;
  }

  boolean awaitsDecision() {
    return kind.forDecision() && !decided() && !withdrawn();
  }

  void position(int position) {
    this.position = position;
  }

  Long id() {
    return id;
  }

  int position() {
    return position;
  }

  ItemKind kind() {
    return kind;
  }

  String applicationRef() {
    return applicationRef;
  }

  /** The variation request a variation item decides; {@code null} for any other item. */
  Long variationId() {
    return variationId;
  }

  String title() {
    return title;
  }

  Optional<ItemDecision> decision() {
    return Optional.ofNullable(decision);
  }

  AgendaItemView view() {
    return new AgendaItemView(
        id,
        meeting.id(),
        position,
        kind,
        applicationRef,
        scheme,
        title,
        description,
        confirmsMeeting,
        variationId,
        decision == null ? null : decision.view(),
        withdrawnAs);
  }
}
