package org.cppp.verification;

/**
 * The data interval of a baseline and the ASHRAE Guideline 14 limits a model must meet for it.
 *
 * <p>Source: ASHRAE Guideline 14-2014, <i>Measurement of Energy, Demand, and Water Savings</i>
 * (ASHRAE, approved 18 December 2014), calibration criteria: monthly data CV(RMSE) at most 15 % and
 * NMBE within ±5 %; hourly data CV(RMSE) at most 30 % and NMBE within ±10 % (as summarised in
 * "Energy Model Calibration: cv(RMSE) and NMBE per ASHRAE Guideline 14",
 * https://mepvault.com/cv-rmse-calibration-energy-model/). Readings here are dated, so an interval
 * shorter than a month (daily, weekly) is held to the finer-interval (hourly) limits.
 */
public enum DataInterval {
  MONTHLY(0.15, 0.05),
  SHORTER_THAN_MONTHLY(0.30, 0.10);

  /** A period of at least this many days counts as a month's reading. */
  static final int MONTH_DAYS = 28;

  private final double maxCvrmse;
  private final double maxAbsNmbe;

  DataInterval(double maxCvrmse, double maxAbsNmbe) {
    this.maxCvrmse = maxCvrmse;
    this.maxAbsNmbe = maxAbsNmbe;
  }

  /** The interval of readings whose median length is this many days. */
  static DataInterval ofMedianDays(long medianDays) {
    return medianDays >= MONTH_DAYS ? MONTHLY : SHORTER_THAN_MONTHLY;
  }

  public double maxCvrmse() {
    return maxCvrmse;
  }

  public double maxAbsNmbe() {
    return maxAbsNmbe;
  }
}
