package org.cppp.verification;

import java.math.BigDecimal;

/**
 * Signed results added up: annual reductions (tonnes per year), electricity saved (MWh per year),
 * wastewater avoided (m3 per year) and the annual cost saving, of {@code projects} cases.
 */
public record OutcomeTotals(
    long projects,
    double electricityMwh,
    double co2Tonnes,
    double noxTonnes,
    double so2Tonnes,
    double vocTonnes,
    double pmTonnes,
    double wastewaterM3,
    BigDecimal costSavingHkd) {

  public static OutcomeTotals none() {
    return new OutcomeTotals(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(2));
  }
}
