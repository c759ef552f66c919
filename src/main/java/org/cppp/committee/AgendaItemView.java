package org.cppp.committee;

import org.cppp.application.ApplicationStatus;
import org.cppp.funding.Scheme;

/**
 * An agenda item, with its decision once recorded.
 *
 * @param applicationRef for application, variation and noting items
 * @param variationId for a variation item, the variation request it decides
 * @param confirmsMeeting for a confirmation of minutes, the earlier meeting's id
 * @param withdrawnAs for an application decided elsewhere (or withdrawn) before the meeting, the
 *     status it left the agenda as; {@code null} while it is on the agenda
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
    Long variationId,
    DecisionView decision,
    ApplicationStatus withdrawnAs) {

  public boolean decided() {
    return decision != null;
  }

  /** Whether it left the agenda before the meeting (decided by another route, or withdrawn). */
  public boolean withdrawn() {
    return withdrawnAs != null;
  }

  /**
   * Whether the meeting still has to decide it: an application or variation item, neither decided
   * nor gone.
   */
  public boolean awaitsDecision() {
    return kind.forDecision() && !decided() && !withdrawn();
  }
}
