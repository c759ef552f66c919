package org.cppp.verification;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A verified result as recorded before CPPP ran verification (legacy spreadsheets): the annual
 * figures as they were signed then, for a completed demonstration project or verification. A figure
 * not recorded is zero.
 *
 * @param reference the application's reference
 * @param signedOn when QA signed it; the result counts in the outcomes from this day
 */
public record LegacyResult(
    String reference,
    LocalDate signedOn,
    BigDecimal electricityKwh,
    BigDecimal co2Tonnes,
    BigDecimal noxTonnes,
    BigDecimal so2Tonnes,
    BigDecimal vocTonnes,
    BigDecimal pmTonnes,
    BigDecimal wastewaterM3,
    BigDecimal costSavingHkd) {

  public LegacyResult {
    electricityKwh = orZero(electricityKwh);
    co2Tonnes = orZero(co2Tonnes);
    noxTonnes = orZero(noxTonnes);
    so2Tonnes = orZero(so2Tonnes);
    vocTonnes = orZero(vocTonnes);
    pmTonnes = orZero(pmTonnes);
    wastewaterM3 = orZero(wastewaterM3);
    costSavingHkd = orZero(costSavingHkd);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
