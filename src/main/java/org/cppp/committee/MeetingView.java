package org.cppp.committee;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A committee meeting.
 *
 * @param number e.g. "PMC 2011/12 No. 3"
 * @param declarationDeadline by when members declare their interests
 * @param minutesConfirmedBy the later meeting that confirmed these minutes, if any
 */
public record MeetingView(
    long id,
    String number,
    String title,
    LocalDate date,
    LocalTime startTime,
    String venue,
    String onlineLink,
    LocalDate declarationDeadline,
    MeetingStatus status,
    String minutesText,
    Long minutesConfirmedBy,
    LocalDate minutesConfirmedOn,
    long version) {

  /** Whether the minutes are confirmed and so locked. */
  public boolean minutesLocked() {
    return status.minutesLocked();
  }
}
