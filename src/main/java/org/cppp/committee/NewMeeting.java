package org.cppp.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

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
    LocalDate declarationDeadline) {}
