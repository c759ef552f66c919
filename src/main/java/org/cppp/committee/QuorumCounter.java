package org.cppp.committee;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Counts a meeting's quorum, and an item's (without the members recused from it). */
@Component
class QuorumCounter {

  private final MeetingStore meetings;
  private final MemberStore members;

  QuorumCounter(MeetingStore meetings, MemberStore members) {
    this.meetings = meetings;
    this.members = members;
  }

  QuorumCheck meeting(MeetingView meeting) {
    return check(meeting, Set.of());
  }

  QuorumCheck item(MeetingView meeting, long itemId) {
    Set<Long> recused =
        meetings.declarations(meeting.id()).stream()
            .filter(d -> d.itemId() == itemId && d.interest())
            .map(DeclarationView::memberId)
            .collect(Collectors.toSet());
    return check(meeting, recused);
  }

  private QuorumCheck check(MeetingView meeting, Set<Long> recused) {
    List<MemberView> sitting = members.sittingOn(meeting.date());
    Set<Long> sittingIds = sitting.stream().map(MemberView::id).collect(Collectors.toSet());
    int voting = (int) sitting.stream().filter(m -> m.position().votes()).count();
    List<Position> counted =
        meetings.attendance(meeting.id()).stream()
            .filter(a -> a.status() == AttendanceStatus.PRESENT)
            .filter(a -> sittingIds.contains(a.memberId()) && !recused.contains(a.memberId()))
            .map(AttendanceView::position)
            .toList();
    return members.ruleOn(meeting.date()).check(voting, counted);
  }
}
