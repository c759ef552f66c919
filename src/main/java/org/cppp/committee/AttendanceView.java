package org.cppp.committee;

/** A member's attendance at a meeting. */
public record AttendanceView(
    long memberId,
    String displayName,
    Position position,
    String organisationCode,
    AttendanceStatus status) {}
