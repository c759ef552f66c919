package org.cppp.verification;

import java.util.List;

/** A pollutant's annual reduction and the factor versions that produced it. */
public record EmissionResult(Pollutant pollutant, double tonnesPerYear, List<FactorUse> factors) {

  public EmissionResult {
    factors = List.copyOf(factors);
  }
}
