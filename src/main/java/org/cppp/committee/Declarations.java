package org.cppp.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cppp.audit.AuditTrail;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members declare, per agenda item, no interest or an interest (with its nature). A declared
 * interest recuses the member from the item: its restricted material, its decision and its quorum.
 * A declared interest cannot be withdrawn.
 */
@Service
@Transactional
public class Declarations {

  private final MeetingStore store;
  private final MeetingAccess access;
  private final MemberStore members;
  private final ConflictFinder conflicts;
  private final AuditTrail audit;

  Declarations(
      MeetingStore store,
      MeetingAccess access,
      MemberStore members,
      ConflictFinder conflicts,
      AuditTrail audit) {
    this.store = store;
    this.access = access;
    this.members = members;
    this.conflicts = conflicts;
    this.audit = audit;
  }

  /** The current member declares on an item of a meeting they sit on. */
  @PreAuthorize("hasRole('COMMITTEE')")
  public DeclarationView declare(long meetingId, long itemId, boolean interest, String nature) {
    MeetingView meeting = access.locked(meetingId);
    AgendaItemView item = access.item(meetingId, itemId);
    MemberView member =
        access
            .memberAt(meeting)
            .orElseThrow(() -> new RuleViolation("member", "committee.member.not-sitting"));
    if (!declaring(meeting) || item.decided() || item.withdrawn()) {
      throw new StateConflict("committee.declaration.closed", meeting.number());
    }
    if (interest && Meetings.blank(nature)) {
      throw new RuleViolation("nature", "committee.declaration.nature.required");
    }
    if (!interest && access.recused(itemId, member.id())) {
      throw new StateConflict("committee.declaration.interest-final");
    }
    store.declare(itemId, member.id(), interest, interest ? nature.trim() : "");
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(meetingId),
        "DECLARED",
        Map.of(
            "member",
            member.displayName(),
            "item",
            item.title(),
            "interest",
            interest,
            "nature",
            interest ? nature.trim() : ""));
    return store.declaration(itemId, member.id()).orElseThrow();
  }

  /**
   * The current member declares no interest, in one step, in every item still to be decided that
   * they have not declared on: first the exceptions (an interest, item by item), then this. Returns
   * the declarations made.
   */
  @PreAuthorize("hasRole('COMMITTEE')")
  public List<DeclarationView> declareNoInterestInOthers(long meetingId) {
    MeetingView meeting = access.locked(meetingId);
    MemberView member =
        access
            .memberAt(meeting)
            .orElseThrow(() -> new RuleViolation("member", "committee.member.not-sitting"));
    if (!declaring(meeting)) {
      throw new StateConflict("committee.declaration.closed", meeting.number());
    }
    Set<Long> declared = declaredBy(meeting, member);
    List<AgendaItemView> rest =
        store.items(meetingId).stream()
            .filter(i -> i.awaitsDecision() && !declared.contains(i.id()))
            .toList();
    List<DeclarationView> made = new ArrayList<>();
    for (AgendaItemView item : rest) {
      store.declare(item.id(), member.id(), false, "");
      made.add(store.declaration(item.id(), member.id()).orElseThrow());
    }
    if (!rest.isEmpty()) {
      audit.record(
          Meetings.AUDIT_TYPE,
          String.valueOf(meetingId),
          "DECLARED_NO_INTEREST",
          Map.of(
              "member",
              member.displayName(),
              "items",
              rest.stream().map(AgendaItemView::title).toList().toString()));
    }
    return made;
  }

  /** Every declaration made for a meeting. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<DeclarationView> of(long meetingId) {
    access.meeting(meetingId);
    return store.declarations(meetingId);
  }

  /**
   * Likely conflicts for the meeting's items: the current member's own, or every sitting member's
   * for officers and EPD.
   */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<ConflictHint> proposed(long meetingId) {
    MeetingView meeting = access.meeting(meetingId);
    List<MemberView> whom =
        CurrentUser.current().has(org.cppp.identity.Role.COMMITTEE)
                && !MeetingAccess.isOfficer(CurrentUser.current())
            ? access.memberAt(meeting).stream().toList()
            : members.sittingOn(meeting.date());
    return conflicts.find(store.items(meetingId), whom);
  }

  /** Meetings ahead where the current member has items still to declare on. */
  @PreAuthorize(CommitteeMembers.READERS)
  @Transactional(readOnly = true)
  public List<DeclarationDue> due() {
    List<DeclarationDue> due = new ArrayList<>();
    for (MeetingView meeting : store.upcoming(CommitteeMembers.today())) {
      var member = access.memberAt(meeting);
      if (member.isEmpty()) {
        continue;
      }
      Set<Long> declared = declaredBy(meeting, member.get());
      int open =
          (int)
              store.items(meeting.id()).stream()
                  .filter(i -> i.awaitsDecision() && !declared.contains(i.id()))
                  .count();
      if (open > 0) {
        due.add(
            new DeclarationDue(
                meeting.id(), meeting.number(), meeting.declarationDeadline(), open));
      }
    }
    return due;
  }

  private Set<Long> declaredBy(MeetingView meeting, MemberView member) {
    return store.declarations(meeting.id()).stream()
        .filter(d -> d.memberId() == member.id())
        .map(DeclarationView::itemId)
        .collect(Collectors.toSet());
  }

  /** Whether members may still declare on the meeting's items (until its minutes are drafted). */
  private static boolean declaring(MeetingView meeting) {
    return meeting.status() != MeetingStatus.CANCELLED
        && meeting.status() != MeetingStatus.MINUTES_DRAFTED
        && !meeting.minutesLocked();
  }
}
