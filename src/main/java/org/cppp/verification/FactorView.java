package org.cppp.verification;

import java.time.Instant;
import java.time.LocalDate;

/** An emission factor version in the table. */
public record FactorView(
    long id,
    Pollutant pollutant,
    Carrier carrier,
    Region region,
    LocalDate validFrom,
    double value,
    String unit,
    String source,
    String recordedBy,
    Instant recordedAt) {}
