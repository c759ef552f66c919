package org.cppp.committee;

import org.cppp.funding.Scheme;

/**
 * An agenda item, with its decision once recorded.
 *
 * @param applicationRef for application items
 * @param confirmsMeeting for a confirmation of minutes, the earlier meeting's id
 */
public record AgendaItemView(
    long id,
    long meetingId,
    int position,
    ItemKind kind,
    String applicationRef,
    Scheme scheme,
    String title,
    String description,
    Long confirmsMeeting,
    DecisionView decision) {

  public boolean decided() {
    return decision != null;
  }
}
