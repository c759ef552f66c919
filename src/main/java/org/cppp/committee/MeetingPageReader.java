package org.cppp.committee;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cppp.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Reads a meeting's page in one pass: the aggregate once, the committee sitting on its date once
 * (every quorum is counted from them in memory), and one query each for what lies outside the
 * aggregate (papers, names, resolutions).
 */
@Component
class MeetingPageReader {

  /** How many earlier and later meetings the minutes' drop-downs offer. */
  private static final int NEAREST_MEETINGS = 12;

  private final MeetingStore store;
  private final MemberStore members;
  private final MeetingRecords records;
  private final ConflictFinder conflicts;
  private final Delegations delegations;
  private final CommitteePolicy policy;

  MeetingPageReader(
      MeetingStore store,
      MemberStore members,
      MeetingRecords records,
      ConflictFinder conflicts,
      Delegations delegations,
      CommitteePolicy policy) {
    this.store = store;
    this.members = members;
    this.records = records;
    this.conflicts = conflicts;
    this.delegations = delegations;
    this.policy = policy;
  }

  MeetingPage read(Meeting meeting, CurrentUser user) {
    Sitting sitting = members.sitting(meeting.date());
    Optional<MemberView> me = sitting.member(user.username());
    List<DeclarationView> declarations = store.declarations(meeting.id());
    boolean manager = policy.mayManageMeetings(user);
    Map<Long, List<ConflictHint>> hints =
        conflicts.find(meeting, user).stream().collect(Collectors.groupingBy(ConflictHint::itemId));
    return new MeetingPage(
        meeting.view(),
        meeting.items().stream().map(AgendaItem::view).toList(),
        records.papers(meeting, user),
        store.attendance(meeting.id()),
        sitting.members(),
        meeting.deliberation().quorum(sitting),
        meeting.items().stream()
            .collect(
                Collectors.toMap(
                    AgendaItem::id, i -> meeting.deliberation().quorum(i.id(), sitting))),
        declarations,
        me.orElse(null),
        me.map(m -> mine(declarations, m)).orElse(Map.of()),
        hints,
        me.map(m -> meeting.deliberation().undeclared(m.id()).size()).orElse(0),
        delegations.ofMeeting(meeting),
        delegations.forNoting(meeting).stream()
            .collect(Collectors.groupingBy(DelegatedDecisionView::notingItemId)),
        policy.mayEditMinutes(user, me),
        manager,
        manager ? store.awaitingConfirmationBefore(meeting.date(), NEAREST_MEETINGS) : List.of(),
        manager ? store.heldAfter(meeting.date(), NEAREST_MEETINGS) : List.of());
  }

  private static Map<Long, DeclarationView> mine(List<DeclarationView> all, MemberView me) {
    return all.stream()
        .filter(d -> d.memberId() == me.id())
        .collect(Collectors.toMap(DeclarationView::itemId, Function.identity()));
  }
}
