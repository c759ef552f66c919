package org.cppp.verification;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tariff version as a result used it, and the carrier's annual cost saving at that price.
 *
 * @param id the tariff row (versions are never changed)
 * @param priceHkd HK$ per unit of the carrier
 */
public record TariffUse(
    long id,
    Carrier carrier,
    Region region,
    LocalDate validFrom,
    BigDecimal priceHkd,
    String source,
    BigDecimal savingHkdPerYear) {}
