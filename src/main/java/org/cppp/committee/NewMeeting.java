package org.cppp.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.cppp.shared.RuleViolation;

/**
 * A meeting to schedule: a venue or an online link (or both) is required.
 *
 * @param declarationDeadline by when members declare interests; blank means the meeting date
 */
public record NewMeeting(
    @NotBlank @Size(max = 60) String number,
    @NotBlank @Size(max = 200) String title,
    @NotNull LocalDate date,
    @NotNull LocalTime startTime,
    @Size(max = 200) String venue,
    @Size(max = 300) String onlineLink,
    LocalDate declarationDeadline) {

  /**
   * Refuses a meeting with neither a venue nor an https online link; returns its declaration
   * deadline (the meeting's date when none is given), which cannot be after it.
   */
  LocalDate checkedDeadline() {
    if (blank(venue) && blank(onlineLink)) {
      throw new RuleViolation("venue", "committee.meeting.venue.required");
    }
    if (!blank(onlineLink) && !OnlineLink.https(onlineLink)) {
      throw new RuleViolation("onlineLink", "committee.meeting.onlineLink.https");
    }
    LocalDate deadline = declarationDeadline == null ? date : declarationDeadline;
    if (deadline.isAfter(date)) {
      throw new RuleViolation("declarationDeadline", "committee.meeting.deadline.after");
    }
    return deadline;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
