package org.cppp.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.Period;

/**
 * Plausible monthly readings of a demo verification case, as the CSV the verification API takes:
 * consumption that follows production (tonnes a month, seasonal) with 2 % noise, and after the
 * improvement the same model less a saving typical of the technology (design values, chosen for a
 * Pearl River Delta SME: an energy-saving retrofit saves 10-25 % of 20-150 MWh a month, HVLP
 * spraying with a low-VOC coating cuts solvent by 20-30 % and its VOC content from 75 % to 45 %, a
 * burner retrofit saves 12-25 % of the boiler's diesel, rinse water recycling a quarter to 45 % of
 * the effluent).
 */
final class DemoReadings {

  private final Random random;

  DemoReadings(Random random) {
    this.random = random;
  }

  /** Header {@code from,to,<carriers>,production_t} and one row per month of both periods. */
  String table(TechnologyCategory technology, Period baseline, Period reporting) {
    double base = between(250, 550);
    double[] model = {between(1, 3), between(1, 3)};
    double saving = saving(technology);
    StringBuilder csv = new StringBuilder("from,to,").append(header(technology));
    csv.append(",production_t\n");
    for (Period period : new Period[] {baseline, reporting}) {
      boolean after = period == reporting;
      for (LocalDate m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
        double seasonal = 1 + 0.15 * Math.sin(2 * Math.PI * (m.getMonthValue() - 3) / 12.0);
        double production = base * seasonal * (1 + 0.03 * random.nextGaussian());
        csv.append(m).append(',').append(m.plusMonths(1).minusDays(1));
        csv.append(cells(technology, production, model, after ? saving : 0));
        csv.append(',').append(number(production)).append('\n');
      }
    }
    return csv.toString();
  }

  private static String header(TechnologyCategory technology) {
    return switch (technology) {
      case ENERGY_SAVING -> "ELECTRICITY_KWH";
      case VOC_REDUCTION -> "ELECTRICITY_KWH,SOLVENT_KG,SOLVENT_VOC_PCT";
      case AIR_POLLUTANT_REDUCTION -> "DIESEL_L";
      case EFFLUENT_REDUCTION -> "WASTEWATER_M3,TOWN_WATER_M3";
    };
  }

  private double saving(TechnologyCategory technology) {
    return switch (technology) {
      case ENERGY_SAVING -> between(0.10, 0.25);
      case VOC_REDUCTION -> between(0.20, 0.30);
      case AIR_POLLUTANT_REDUCTION -> between(0.12, 0.25);
      case EFFLUENT_REDUCTION -> between(0.25, 0.45);
    };
  }

  /** The carriers' readings of one month, after a leading comma. */
  private String cells(TechnologyCategory t, double production, double[] model, double saving) {
    double keep = 1 - saving;
    return switch (t) {
      case ENERGY_SAVING ->
          "," + number(noisy((20_000 * model[0] + 120 * model[1] * production) * keep));
      case VOC_REDUCTION ->
          ","
              + number(noisy((15_000 + 40 * production) * (1 - saving / 5)))
              + ","
              + number(noisy((300 * model[0] + 2.5 * model[1] * production) * keep))
              + ","
              + (saving > 0 ? "45" : "75");
      case AIR_POLLUTANT_REDUCTION ->
          "," + number(noisy((3_000 * model[0] + 8 * model[1] * production) * keep));
      case EFFLUENT_REDUCTION -> {
        double wastewater = noisy((1_500 * model[0] + 4 * model[1] * production) * keep);
        yield "," + number(wastewater) + "," + number(noisy(wastewater * 1.15));
      }
    };
  }

  private double noisy(double value) {
    return value * (1 + 0.02 * random.nextGaussian());
  }

  private double between(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", Math.max(0, value));
  }
}
