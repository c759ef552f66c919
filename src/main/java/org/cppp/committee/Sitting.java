package org.cppp.committee;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The committee as it sits on a date: the members whose term covers it and the quorum rule in
 * force. A meeting counts its quorum against it.
 */
record Sitting(QuorumRule rule, List<MemberView> members) {

  Sitting {
    members = List.copyOf(members);
  }

  /** The quorum of those recorded present, without the members recused ({@code recused}). */
  QuorumCheck quorum(Map<Long, AttendanceStatus> attendance, Set<Long> recused) {
    int voting = (int) members.stream().filter(m -> m.position().votes()).count();
    List<Position> counted =
        members.stream()
            .filter(m -> attendance.get(m.id()) == AttendanceStatus.PRESENT)
            .filter(m -> !recused.contains(m.id()))
            .map(MemberView::position)
            .toList();
    return rule.check(voting, counted);
  }

  /** The member sitting under this username, if any. */
  java.util.Optional<MemberView> member(String username) {
    return members.stream().filter(m -> m.username().equals(username)).findFirst();
  }

  /** The sitting members by id. */
  Map<Long, MemberView> byId() {
    return members.stream().collect(Collectors.toMap(MemberView::id, m -> m));
  }
}
