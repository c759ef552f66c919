package org.cppp.committee;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationStatusChanged;
import org.cppp.application.DecisionOutcome;
import org.cppp.application.VariationDecided;
import org.cppp.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An application decided by any route (a meeting, a circulation, a delegated authority) or
 * withdrawn leaves the agenda of every meeting not yet held, in the same transaction, audited; so
 * does a variation request decided by any route. The item stays, marked withdrawn, so the
 * declarations made on it (and so the recusals) still stand.
 */
@Component
class OpenAgendas {

  private static final Set<ApplicationStatus> LEAVES =
      EnumSet.of(
          ApplicationStatus.APPROVED,
          ApplicationStatus.REJECTED,
          ApplicationStatus.DEFERRED,
          ApplicationStatus.WITHDRAWN);

  private static final Set<MeetingStatus> OPEN = MeetingStatus.all(MeetingStatus::agendaOpen);

  private final MeetingRepository meetings;
  private final AuditTrail audit;

  OpenAgendas(MeetingRepository meetings, AuditTrail audit) {
    this.meetings = meetings;
    this.audit = audit;
  }

  @EventListener
  void on(ApplicationStatusChanged change) {
    if (!LEAVES.contains(change.to())) {
      return;
    }
    for (Meeting meeting : meetings.withApplication(change.reference(), OPEN)) {
      withdrawn(meeting, meeting.withdraw(change.reference(), change.to()), change.to());
    }
  }

  @EventListener
  void on(VariationDecided decided) {
    ApplicationStatus as =
        decided.outcome() == DecisionOutcome.APPROVED
            ? ApplicationStatus.APPROVED
            : ApplicationStatus.REJECTED;
    for (Meeting meeting : meetings.withApplication(decided.reference(), OPEN)) {
      withdrawn(meeting, meeting.withdrawVariation(decided.variationId(), as), as);
    }
  }

  private void withdrawn(Meeting meeting, List<AgendaItem> items, ApplicationStatus as) {
    for (AgendaItem item : items) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("application", item.applicationRef());
      if (item.variationId() != null) {
        values.put("variation", item.variationId());
      }
      values.put("title", item.title());
      values.put("status", as.name());
      audit.record(Meetings.AUDIT_TYPE, String.valueOf(meeting.id()), "ITEM_WITHDRAWN", values);
    }
    meetings.write(meeting);
  }
}
