package org.cppp.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's result: savings per carrier, emissions reduced per year, the annual cost saving and the
 * simple payback (project cost / annual cost saving; {@code null} without a saving).
 *
 * @param ratesOn the date whose emission factors and tariffs were used (the reporting period's
 *     first day)
 * @param missingRates carriers saved that had no factor or tariff for that date (explained, not
 *     guessed)
 */
public record VerificationResult(
    List<CarrierResult> carriers,
    List<EmissionResult> emissions,
    BigDecimal costSavingHkdPerYear,
    List<TariffUse> tariffs,
    BigDecimal projectCostHkd,
    Double simplePaybackYears,
    boolean meetsGuideline14,
    LocalDate ratesOn,
    List<String> missingRates) {

  public VerificationResult {
    carriers = List.copyOf(carriers);
    emissions = List.copyOf(emissions);
    tariffs = List.copyOf(tariffs);
    missingRates = List.copyOf(missingRates);
  }

  /** The avoided consumption of a carrier per year, 0 if it was not measured. */
  public double avoidedPerYear(Carrier carrier) {
    return carriers.stream()
        .filter(c -> c.carrier() == carrier)
        .mapToDouble(CarrierResult::avoidedPerYear)
        .sum();
  }

  /** A pollutant's reduction in tonnes per year, 0 if none. */
  public double tonnesPerYear(Pollutant pollutant) {
    return emissions.stream()
        .filter(e -> e.pollutant() == pollutant)
        .mapToDouble(EmissionResult::tonnesPerYear)
        .sum();
  }
}
