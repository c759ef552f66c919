package org.cppp.committee;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cppp.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Lists decisions taken under delegated authority for noting at the committee's next meeting: each
 * becomes a for-noting item on the agenda of the earliest meeting from today whose agenda is still
 * open; those taken while no meeting is scheduled wait for the next one to be scheduled.
 */
@Component
class Noting {

  private final MeetingStore meetings;
  private final DelegationStore delegations;
  private final AuditTrail audit;

  Noting(MeetingStore meetings, DelegationStore delegations, AuditTrail audit) {
    this.meetings = meetings;
    this.delegations = delegations;
    this.audit = audit;
  }

  /** Puts every decision not yet listed on the next open meeting's agenda, if there is one. */
  void listPending(LocalDate today) {
    Optional<MeetingView> next =
        meetings.upcoming(today).stream().filter(m -> m.status().agendaOpen()).findFirst();
    next.ifPresent(meeting -> delegations.pending().forEach(taken -> list(meeting, taken)));
  }

  private void list(MeetingView meeting, DelegationStore.Taken taken) {
    String citation =
        delegations.find(taken.authorityId()).map(DelegatedAuthority::citation).orElse("");
    long itemId =
        meetings.addItem(
            meeting.id(),
            ItemKind.NOTING,
            taken.applicationRef(),
            taken.scheme(),
            taken.title(),
            citation,
            null);
    delegations.noted(taken.id(), itemId);
    audit.record(
        Meetings.AUDIT_TYPE,
        String.valueOf(meeting.id()),
        "ITEM_ADDED",
        Map.of("forNoting", taken.applicationRef(), "authority", citation));
  }
}
