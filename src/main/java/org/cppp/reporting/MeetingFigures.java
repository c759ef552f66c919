package org.cppp.reporting;

import java.time.LocalDate;

/**
 * How many committee meetings were held in a period, for the progress report. Implemented by the
 * committee module; when no implementation exists the report shows the figure as not recorded (0).
 */
public interface MeetingFigures {

  /** Meetings of the Project Management Committee held between the dates, both included. */
  long meetingsHeld(LocalDate from, LocalDate to);
}
