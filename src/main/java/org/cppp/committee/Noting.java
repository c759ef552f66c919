package org.cppp.committee;

import java.time.LocalDate;
import java.util.Map;
import org.cppp.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Lists decisions taken under delegated authority for noting at the committee's next meeting: each
 * becomes a for-noting item on the agenda of the earliest meeting from today whose agenda is still
 * open; those taken while no meeting is scheduled wait for the next one to be scheduled.
 */
@Component
class Noting {

  private final MeetingRepository meetings;
  private final MeetingStore store;
  private final DelegationStore delegations;
  private final AuditTrail audit;

  Noting(
      MeetingRepository meetings,
      MeetingStore store,
      DelegationStore delegations,
      AuditTrail audit) {
    this.meetings = meetings;
    this.store = store;
    this.delegations = delegations;
    this.audit = audit;
  }

  /** Puts every decision not yet listed on the next open meeting's agenda, if there is one. */
  void listPending(LocalDate today) {
    store.upcoming(today).stream()
        .findFirst()
        .flatMap(next -> meetings.findLocked(next.id()))
        .ifPresent(meeting -> delegations.pending().forEach(taken -> list(meeting, taken)));
  }

  private void list(Meeting meeting, DelegationStore.Taken taken) {
    // a further decision on the same application (a variation) is noted under its item
    var listed =
        meeting.items().stream()
            .filter(i -> i.kind().noting() && taken.applicationRef().equals(i.applicationRef()))
            .findFirst();
    if (listed.isPresent()) {
      delegations.noted(taken.id(), listed.get().id());
      return;
    }
    String citation =
        delegations.find(taken.authorityId()).map(DelegatedAuthority::citation).orElse("");
    AgendaItem item =
        meeting
            .openAgenda()
            .addNoting(taken.applicationRef(), taken.scheme(), taken.title(), citation);
    meetings.write(meeting);
    delegations.noted(taken.id(), item.id());
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(meeting.id()),
        "ITEM_ADDED",
        Map.of("forNoting", taken.applicationRef(), "authority", citation));
  }
}
