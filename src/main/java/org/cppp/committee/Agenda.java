package org.cppp.committee;

import java.util.Comparator;
import java.util.List;
import org.cppp.application.ApplicationStatus;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;

/**
 * A meeting's agenda items in their order, for {@link Meeting}: adding, moving, reordering and
 * removing keep the positions numbered from one. It holds the meeting's own list; the meeting
 * guards its status first.
 */
final class Agenda {

  private final List<AgendaItem> items;

  Agenda(List<AgendaItem> items) {
    this.items = items;
  }

  AgendaItem item(long itemId) {
    return items.stream()
        .filter(i -> i.id() != null && i.id() == itemId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
  }

  boolean hasApplication(String reference) {
    return items.stream().anyMatch(i -> reference.equals(i.applicationRef()));
  }

  AgendaItem add(AgendaItem item) {
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

  /** Marks the application's undecided items as having left the agenda; returns them. */
  List<AgendaItem> withdraw(String reference, ApplicationStatus as) {
    List<AgendaItem> left =
        items.stream()
            .filter(i -> reference.equals(i.applicationRef()) && i.awaitsDecision())
            .toList();
    left.forEach(i -> i.withdraw(as));
    return left;
  }

  private void renumber() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).position(i + 1);
    }
  }
}
