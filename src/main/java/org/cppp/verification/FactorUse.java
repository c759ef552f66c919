package org.cppp.verification;

import java.time.LocalDate;

/**
 * An emission factor version as a result used it: kg of pollutant per unit of the carrier.
 *
 * @param id the factor row (versions are never changed, so the id names the version)
 */
public record FactorUse(
    long id,
    Carrier carrier,
    Region region,
    LocalDate validFrom,
    double value,
    String unit,
    String source) {}
