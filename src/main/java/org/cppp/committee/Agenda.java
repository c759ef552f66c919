package org.cppp.committee;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cppp.application.ApplicationStatus;
import org.cppp.funding.Scheme;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;

/**
 * A meeting's agenda items in their order, for {@link Meeting}: adding (each kind with its rules),
 * moving, reordering and removing keep the positions numbered from one. It holds the meeting's own
 * list; the meeting guards its status first ({@link Meeting#openAgenda()}).
 */
final class Agenda {

  private final Meeting meeting;
  private final List<AgendaItem> items;

  Agenda(Meeting meeting, List<AgendaItem> items) {
    this.meeting = meeting;
    this.items = items;
  }

  AgendaItem item(long itemId) {
    return items.stream()
        .filter(i -> i.id() != null && i.id() == itemId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
  }

  /**
   * The members recused from an item, the one rule for what is withheld from them and for the
   * item's quorum: those who declared an interest in it and, for an item of an application, those
   * who declared one in any item of that application (an interest in an application is one in its
   * variation requests too, and the other way round).
   */
  Set<Long> recusedFrom(long itemId) {
    AgendaItem item = item(itemId);
    if (item.applicationRef() == null) {
      return item.recused();
    }
    return items.stream()
        .filter(i -> item.applicationRef().equals(i.applicationRef()))
        .flatMap(i -> i.recused().stream())
        .collect(Collectors.toSet());
  }

  /** Adds an application for decision; refuses one already on it. */
  AgendaItem addApplication(String reference, Scheme scheme, String title) {
    if (has(reference, ItemKind.APPLICATION, null)) {
      throw new RuleViolation("applicationRef", "committee.agenda.already", reference);
    }
    return add(new AgendaItem(meeting, ItemKind.APPLICATION, reference, scheme, title, "", null));
  }

  /** Adds an application's variation request for decision; refuses one already on it. */
  AgendaItem addVariation(String reference, Scheme scheme, String title, long variationId) {
    if (has(reference, ItemKind.VARIATION, variationId)) {
      throw new RuleViolation("variationId", "committee.agenda.variation.already", variationId);
    }
    return add(AgendaItem.variation(meeting, reference, scheme, title, variationId));
  }

  /** Adds a programme matter: its title is required, at most 300 characters. */
  AgendaItem addMatter(String title, String description) {
    if (title == null || title.isBlank() || title.trim().length() > 300) {
      throw new RuleViolation("title", "committee.agenda.title.required");
    }
    String text = description == null ? "" : description.trim();
    return add(new AgendaItem(meeting, ItemKind.MATTER, null, null, title.trim(), text, null));
  }

  /** Adds "confirmation of the minutes of" an earlier meeting whose minutes are not confirmed. */
  AgendaItem addConfirmationOf(Meeting earlier) {
    if (!earlier.date().isBefore(meeting.date())) {
      throw new RuleViolation("confirmsMeeting", "committee.minutes.confirm-later");
    }
    if (!earlier.status().awaitsConfirmation()) {
      throw new RuleViolation("confirmsMeeting", "committee.minutes.not-confirmable");
    }
    return add(
        new AgendaItem(
            meeting,
            ItemKind.MINUTES_CONFIRMATION,
            null,
            null,
            earlier.number(),
            "",
            earlier.id()));
  }

  /** Lists a decision taken under delegated authority for noting. */
  AgendaItem addNoting(String reference, Scheme scheme, String title, String citation) {
    return add(new AgendaItem(meeting, ItemKind.NOTING, reference, scheme, title, citation, null));
  }

  private boolean has(String reference, ItemKind kind, Long variationId) {
    return items.stream()
        .anyMatch(
            i ->
                i.kind() == kind
                    && reference.equals(i.applicationRef())
                    && Objects.equals(variationId, i.variationId()));
  }

  private AgendaItem add(AgendaItem item) {
    item.position(items.size() + 1);
    items.add(item);
    return item;
  }

  /** Moves an item one place up or down; returns its new position, or 0 if it stays. */
  int move(long itemId, int direction) {
    int from = items.indexOf(item(itemId));
    int to = from + Integer.signum(direction);
    if (direction == 0 || to < 0 || to >= items.size()) {
      return 0;
    }
    items.add(to, items.remove(from));
    renumber();
    return to + 1;
  }

  /** Puts the items in this order: every item's id once. */
  void reorder(List<Long> itemIds) {
    List<Long> current = items.stream().map(AgendaItem::id).sorted().toList();
    if (itemIds == null || !itemIds.stream().sorted().toList().equals(current)) {
      throw new RuleViolation("itemIds", "committee.agenda.reorder.items");
    }
    items.sort(Comparator.comparingInt(i -> itemIds.indexOf(i.id())));
    renumber();
  }

  AgendaItem remove(long itemId) {
    AgendaItem item = item(itemId);
    items.remove(item);
    renumber();
    return item;
  }

  /** Items still to decide the member has not declared on. */
  List<AgendaItem> undeclared(long memberId) {
    return items.stream()
        .filter(i -> i.awaitsDecision() && i.declarationOf(memberId).isEmpty())
        .toList();
  }

  /**
   * Marks the application's undecided application items as having left the agenda, and when the
   * application is withdrawn its variation requests' items too (there is no work left to vary);
   * returns them.
   */
  List<AgendaItem> withdraw(String reference, ApplicationStatus as) {
    boolean withVariations = as == ApplicationStatus.WITHDRAWN;
    return withdrawWhere(
        i ->
            reference.equals(i.applicationRef())
                && (i.kind().application() || (withVariations && i.kind().variation())),
        as);
  }

  /** Marks the variation's undecided item as having left the agenda, decided as; returns it. */
  List<AgendaItem> withdrawVariation(long variationId, ApplicationStatus as) {
    return withdrawWhere(
        i -> i.kind().variation() && Long.valueOf(variationId).equals(i.variationId()), as);
  }

  private List<AgendaItem> withdrawWhere(Predicate<AgendaItem> which, ApplicationStatus as) {
    List<AgendaItem> left =
        items.stream().filter(which).filter(AgendaItem::awaitsDecision).toList();
    left.forEach(i -> i.withdraw(as));
    return left;
  }

  private void renumber() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).position(i + 1);
    }
  }
}
