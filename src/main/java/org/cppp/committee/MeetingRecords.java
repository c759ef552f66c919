package org.cppp.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Loads and saves the {@link Meeting} aggregate for {@link Meetings}, audits each change, and
 * answers who the current user is at a meeting and what restricted material they may read.
 */
@Component
class MeetingRecords {

  private final MeetingRepository repository;
  private final MeetingStore store;
  private final MemberStore members;
  private final MinutesWriter writer;
  private final Noting noting;
  private final CommitteePolicy policy;
  private final AuditTrail audit;

  MeetingRecords(
      MeetingRepository repository,
      MeetingStore store,
      MemberStore members,
      MinutesWriter writer,
      Noting noting,
      CommitteePolicy policy,
      AuditTrail audit) {
    this.repository = repository;
    this.store = store;
    this.members = members;
    this.writer = writer;
    this.noting = noting;
    this.policy = policy;
    this.audit = audit;
  }

  Meeting meeting(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("Meeting", id));
  }

  Meeting locked(long id) {
    return repository.findLocked(id).orElseThrow(() -> new NotFoundException("Meeting", id));
  }

  /** Saves the meeting (its events go out) and audits the change. */
  void save(Meeting meeting, String action, Map<String, ?> values) {
    repository.write(meeting);
    audit.record(Meetings.AUDIT_TYPE, String.valueOf(meeting.id()), action, values);
  }

  /** Saves an item just added and audits it. */
  AgendaItemView added(Meeting meeting, AgendaItem item, Map<String, ?> values) {
    save(meeting, "ITEM_ADDED", values);
    return item.view();
  }

  /** Moves the meeting to another status by {@code change}; audits the move. */
  MeetingView move(long id, MeetingStatus next, Function<Meeting, MeetingStatus> change) {
    Meeting meeting = locked(id);
    MeetingStatus from = change.apply(meeting);
    save(meeting, next.name(), Map.of("status", List.of(from.name(), next.name())));
    return meeting.view();
  }

  /** The current user's membership sitting on the meeting's date, or a refusal. */
  MemberView sittingMember(Meeting meeting) {
    return me(meeting)
        .orElseThrow(() -> new RuleViolation("member", "committee.member.not-sitting"));
  }

  Optional<MemberView> me(Meeting meeting) {
    return members.sitting(CurrentUser.current().username(), meeting.date());
  }

  /**
   * The items whose restricted material (summary, restricted papers) is withheld from the user: the
   * ones they are recused from ({@link Agenda#recusedFrom}, the rule the item's quorum counts by),
   * unless they manage the committee. One membership lookup.
   */
  Set<Long> withheld(Meeting meeting, CurrentUser user) {
    Optional<MemberView> me = members.sitting(user.username(), meeting.date());
    return meeting.items().stream()
        .filter(
            i ->
                policy.withholds(
                    user, me.map(m -> meeting.recusedFrom(i.id()).contains(m.id())).orElse(false)))
        .map(AgendaItem::id)
        .collect(Collectors.toSet());
  }

  /** Refuses (as not found) the item's restricted material to a recused member. */
  void requireRestrictedAccess(Meeting meeting, long itemId) {
    meeting.item(itemId);
    if (withheld(meeting, CurrentUser.current()).contains(itemId)) {
      throw new NotFoundException("Agenda item", itemId);
    }
  }

  /** The meeting's papers without the restricted ones of items withheld from the user. */
  List<PaperView> papers(Meeting meeting, CurrentUser user) {
    Set<Long> withheld = withheld(meeting, user);
    return store.papers(meeting.id()).stream()
        .filter(p -> !p.restricted() || !withheld.contains(p.itemId()))
        .toList();
  }

  /** Meetings ahead where the user has items still to declare on. */
  List<DeclarationDue> declarationsDue(LocalDate today, CurrentUser user) {
    List<DeclarationDue> due = new ArrayList<>();
    for (MeetingView upcoming : store.upcoming(today)) {
      Optional<MemberView> member = members.sitting(user.username(), upcoming.date());
      if (member.isEmpty()) {
        continue;
      }
      int open = meeting(upcoming.id()).deliberation().undeclared(member.get().id()).size();
      if (open > 0) {
        due.add(
            new DeclarationDue(
                upcoming.id(), upcoming.number(), upcoming.declarationDeadline(), open));
      }
    }
    return due;
  }

  /** Lists the decisions under delegated authority on the next open meeting's agenda. */
  void listForNoting(LocalDate today) {
    noting.listPending(today);
  }

  String minutesText(Meeting meeting, Locale locale) {
    return writer.draft(meeting, locale);
  }
}
