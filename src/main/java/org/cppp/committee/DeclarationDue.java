package org.cppp.committee;

import java.time.LocalDate;

/** A meeting whose agenda items still await the current member's declarations. */
public record DeclarationDue(
    long meetingId, String meetingNumber, LocalDate deadline, int itemsUndeclared) {}
