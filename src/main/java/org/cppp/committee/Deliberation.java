package org.cppp.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;

/**
 * What {@link Meeting} rules on its members' part in its items: their declarations of interest
 * (while the meeting takes them), who attended and the quorum of the meeting and of each item
 * (present members not recused from it), which a decision or a resolution needs. It reads the
 * meeting's own state.
 */
final class Deliberation {

  private final String number;
  private final MeetingStatus status;
  private final LocalDate date;
  private final Map<Long, AttendanceStatus> attendance;
  private final Agenda agenda;

  Deliberation(
      String number,
      MeetingStatus status,
      LocalDate date,
      Map<Long, AttendanceStatus> attendance,
      Agenda agenda) {
    this.number = number;
    this.status = status;
    this.date = date;
    this.attendance = attendance;
    this.agenda = agenda;
  }

  /** Records a member's attendance: one sitting on the meeting's date. */
  void attend(MemberView member, AttendanceStatus attended) {
    if (!member.sittingOn(date)) {
      throw new RuleViolation("memberId", "committee.member.not-sitting");
    }
    if (attended == null) {
      throw new RuleViolation("status", "committee.attendance.status");
    }
    attendance.put(member.id(), attended);
  }

  /** A member's declaration on one item: an interest needs its nature, and is final. */
  void declare(long itemId, MemberView member, boolean interest, String nature, Instant at) {
    AgendaItem item = agenda.item(itemId);
    if (!status.takesDeclarations() || item.decided() || item.withdrawn()) {
      throw new StateConflict("committee.declaration.closed", number);
    }
    item.declare(member.id(), interest, nature, at);
  }

  /** No interest in every item still to decide the member has not declared on; returns them. */
  List<AgendaItem> declareNoInterest(MemberView member, Instant at) {
    if (!status.takesDeclarations()) {
      throw new StateConflict("committee.declaration.closed", number);
    }
    List<AgendaItem> rest = undeclared(member.id());
    rest.forEach(i -> i.declare(member.id(), false, "", at));
    return rest;
  }

  /** Items still to decide the member has not declared on. */
  List<AgendaItem> undeclared(long memberId) {
    return agenda.undeclared(memberId);
  }

  /** The meeting's quorum from the attendance recorded. */
  QuorumCheck quorum(Sitting sitting) {
    return sitting.quorum(attendance, Set.of());
  }

  /** An item's quorum: present members not recused from it ({@link Agenda#recusedFrom}). */
  QuorumCheck quorum(long itemId, Sitting sitting) {
    return sitting.quorum(attendance, agenda.recusedFrom(itemId));
  }

  /** Refuses a meeting that does not record decisions now, or an item without its quorum. */
  void requireQuorate(AgendaItem item, Sitting sitting) {
    requireRecording(() -> quorum(item.id(), sitting));
  }

  /** Refuses a resolution unless the meeting records decisions and has its quorum. */
  void requireResolving(Sitting sitting) {
    requireRecording(() -> quorum(sitting));
  }

  private void requireRecording(Supplier<QuorumCheck> quorum) {
    if (!status.recordsDecisions()) {
      throw new StateConflict("committee.decision.not-held", number, status);
    }
    QuorumCheck check = quorum.get();
    if (!check.quorate()) {
      throw check.refusal();
    }
  }
}
