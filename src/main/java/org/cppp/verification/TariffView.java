package org.cppp.verification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A tariff version in the table: HK$ per unit of a carrier in a region from a date. */
public record TariffView(
    long id,
    Carrier carrier,
    Region region,
    LocalDate validFrom,
    BigDecimal priceHkd,
    String source,
    String recordedBy,
    Instant recordedAt) {}
