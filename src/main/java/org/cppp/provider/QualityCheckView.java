package org.cppp.provider;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded quality check. */
public record QualityCheckView(
    long id,
    LocalDate checkedOn,
    String officer,
    String finding,
    QualityRating rating,
    Instant recordedAt) {}
