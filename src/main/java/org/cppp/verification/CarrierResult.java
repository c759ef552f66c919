package org.cppp.verification;

import java.util.List;

/**
 * One carrier's savings, as IPMVP defines them: the adjusted baseline is the baseline model at the
 * reporting periods' conditions; avoided = adjusted baseline - reporting consumption; per year =
 * avoided x 365 / days of the reporting period (both ends included).
 *
 * @param periods every period's measured and modelled consumption, for the chart
 */
public record CarrierResult(
    Carrier carrier,
    BaselineModel model,
    double adjustedBaseline,
    double reporting,
    double avoided,
    double avoidedPerYear,
    double fractionalSaving,
    List<PeriodPoint> periods) {

  public CarrierResult {
    periods = List.copyOf(periods);
  }

  /** A period's measured consumption and the baseline model's for it. */
  public record PeriodPoint(
      Period period, boolean reportingPeriod, double measured, double model) {}
}
