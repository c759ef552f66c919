package org.cppp.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationView;
import org.cppp.application.FundingApplications;
import org.cppp.application.HistoricalApplication;
import org.cppp.funding.Scheme;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.LegacyResult;
import org.cppp.verification.LegacyResults;
import org.cppp.verification.VerificationCases;
import org.springframework.stereotype.Component;

/**
 * The results signed before CPPP (legacy results, as the {@code verifications} import records them)
 * of the demo's completed demonstration projects that {@link DemoVerifications} left out of its
 * sample, so every completed one has its verified result, signed 20 days after its first year in
 * use: recorded by the officer through the facade. The annual figures are plausible for the
 * technology: what it avoided a year (the design ranges of {@link DemoReadings}) times the factors
 * and tariffs the programme's tables held then (China Southern grid 0.9063 kg CO2/kWh; diesel
 * 2.6765 kg CO2, 2.3965 g NOx, 0.85076 g SO2, 0.23965 g PM per litre; HK$0.95/kWh, HK$8.50/L
 * diesel, HK$15/kg solvent, HK$1.50/m³ effluent and HK$3.50/m³ town water).
 */
@Component
class DemoLegacyResults {

  private final VerificationCases cases;
  private final LegacyResults results;
  private final FundingApplications applications;
  private final DemoUsers users;
  private final Clock clock;

  DemoLegacyResults(
      VerificationCases cases,
      LegacyResults results,
      FundingApplications applications,
      DemoUsers users,
      Clock clock) {
    this.cases = cases;
    this.results = results;
    this.applications = applications;
    this.users = users;
    this.clock = clock;
  }

  /** Records them; returns how many. */
  int record(List<HistoricalApplication> decided) {
    Random random = new Random(2013);
    LocalDate today = LocalDate.now(clock);
    int recorded = 0;
    for (HistoricalApplication h : decided) {
      if (!Scheme.DEMONSTRATION_PROJECT.equals(h.scheme())
          || h.status() != ApplicationStatus.COMPLETED) {
        continue;
      }
      boolean done =
          users.as(
              DemoAccounts.OFFICER,
              () -> {
                if (cases.ofApplication(h.reference()).isPresent()) {
                  return false;
                }
                ApplicationView a = applications.get(h.reference());
                LocalDate signedOn =
                    DemoVerifications.firstYearAfter(a.completedOn()).to().plusDays(20);
                return !signedOn.isAfter(today)
                    && results.record(of(random, a.reference(), a.technology(), signedOn));
              });
      recorded += done ? 1 : 0;
    }
    return recorded;
  }

  private static LegacyResult of(
      Random random, String reference, TechnologyCategory technology, LocalDate signedOn) {
    return switch (technology) {
      case ENERGY_SAVING -> {
        double kwh = between(random, 80_000, 450_000);
        yield result(reference, signedOn, kwh, kwh * 0.9063, 0, 0, 0, 0, 0, kwh * 0.95);
      }
      case VOC_REDUCTION -> {
        double solventKg = between(random, 3_000, 12_000);
        double kwh = between(random, 5_000, 30_000);
        double vocKg = solventKg * between(random, 0.55, 0.75);
        yield result(
            reference, signedOn, kwh, kwh * 0.9063, 0, 0, vocKg, 0, 0, solventKg * 15 + kwh * 0.95);
      }
      case AIR_POLLUTANT_REDUCTION -> {
        double litres = between(random, 20_000, 90_000);
        yield result(
            reference,
            signedOn,
            0,
            litres * 2.6765,
            litres * 0.0023965,
            litres * 0.00085076,
            0,
            litres * 0.00023965,
            0,
            litres * 8.5);
      }
      case EFFLUENT_REDUCTION -> {
        double m3 = between(random, 8_000, 40_000);
        yield result(reference, signedOn, 0, 0, 0, 0, 0, 0, m3, m3 * (1.5 + 1.15 * 3.5));
      }
    };
  }

  /** Masses in kg, written in tonnes. */
  private static LegacyResult result(
      String reference,
      LocalDate signedOn,
      double kwh,
      double co2Kg,
      double noxKg,
      double so2Kg,
      double vocKg,
      double pmKg,
      double wastewaterM3,
      double costHkd) {
    return new LegacyResult(
        reference,
        signedOn,
        decimal(kwh, 3),
        decimal(co2Kg / 1000, 6),
        decimal(noxKg / 1000, 6),
        decimal(so2Kg / 1000, 6),
        decimal(vocKg / 1000, 6),
        decimal(pmKg / 1000, 6),
        decimal(wastewaterM3, 4),
        decimal(costHkd, 2));
  }

  private static BigDecimal decimal(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
  }

  private static double between(Random random, double low, double high) {
    return low + (high - low) * random.nextDouble();
  }
}
