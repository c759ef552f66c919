package org.cppp.committee.web;

import org.cppp.committee.AgendaItemView;
import org.cppp.committee.MeetingAgendas;

/**
 * An agenda item to add, from the meeting page's form or the API: an application ({@code
 * applicationRef}), its variation request (with {@code variationId}), a confirmation of an earlier
 * meeting's minutes ({@code confirmsMeeting}), or else a programme matter ({@code title}).
 */
record AgendaItemForm(
    String applicationRef,
    Long variationId,
    String title,
    String description,
    Long confirmsMeeting) {

  AgendaItemView addTo(long meetingId, MeetingAgendas agendas) {
    boolean application = applicationRef != null && !applicationRef.isBlank();
    if (application && variationId != null) {
      return agendas.addVariation(meetingId, applicationRef.trim(), variationId);
    }
    if (application) {
      return agendas.addApplication(meetingId, applicationRef.trim());
    }
    if (confirmsMeeting != null) {
      return agendas.addMinutesConfirmation(meetingId, confirmsMeeting);
    }
    return agendas.addMatter(meetingId, title, description);
  }
}
