package org.cppp.committee;

import java.util.Optional;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.cppp.shared.NotFoundException;
import org.cppp.shared.StateConflict;
import org.springframework.stereotype.Component;

/**
 * Finds meetings and items, and decides who sees what: officers and administrators see and change
 * everything, EPD reads, members read except the restricted material of items they are recused from
 * (which reads as not found).
 */
@Component
class MeetingAccess {

  private final MeetingStore meetings;
  private final MemberStore members;

  MeetingAccess(MeetingStore meetings, MemberStore members) {
    this.meetings = meetings;
    this.members = members;
  }

  static boolean isOfficer(CurrentUser user) {
    return user.hasAny(Role.OFFICER, Role.ADMIN);
  }

  MeetingView meeting(long id) {
    return meetings.find(id).orElseThrow(() -> new NotFoundException("Meeting", id));
  }

  MeetingView locked(long id) {
    return meetings.lock(id).orElseThrow(() -> new NotFoundException("Meeting", id));
  }

  AgendaItemView item(long meetingId, long itemId) {
    return meetings
        .item(itemId)
        .filter(i -> i.meetingId() == meetingId)
        .orElseThrow(() -> new NotFoundException("Agenda item", itemId));
  }

  /** The current user's membership sitting on the meeting's date. */
  Optional<MemberView> memberAt(MeetingView meeting) {
    return members.sitting(CurrentUser.current().username(), meeting.date());
  }

  boolean recused(long itemId, long memberId) {
    return meetings.declaration(itemId, memberId).map(DeclarationView::interest).orElse(false);
  }

  /** Whether the current user is a member who declared an interest in this item. */
  boolean currentUserRecused(MeetingView meeting, AgendaItemView item) {
    return memberAt(meeting).map(m -> recused(item.id(), m.id())).orElse(false);
  }

  /** Refuses (as not found) the item's restricted material to a recused member. */
  void requireRestrictedAccess(MeetingView meeting, AgendaItemView item) {
    CurrentUser user = CurrentUser.current();
    if (!isOfficer(user) && currentUserRecused(meeting, item)) {
      throw new NotFoundException("Agenda item", item.id());
    }
  }

  static void requireAgendaOpen(MeetingView meeting) {
    if (!meeting.status().agendaOpen()) {
      throw new StateConflict(
          "committee.meeting.agenda-closed", meeting.number(), meeting.status());
    }
  }

  static void move(MeetingView meeting, MeetingStatus next) {
    if (!meeting.status().canTransitionTo(next)) {
      throw new StateConflict(
          "committee.meeting.illegal-transition", meeting.number(), meeting.status(), next);
    }
  }
}
