package org.cppp.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cppp.shared.RuleViolation;

/**
 * Computes a case's result from its inputs and the rates in force on the reporting period's first
 * day: per carrier the baseline model ({@link ModelFit}), the adjusted baseline, avoided, per year
 * and fractional saving; the emissions avoided per pollutant (VOC from solvent and its VOC
 * content); the cost saving at the tariffs; the simple payback.
 */
final class SavingsCalculator {

  /** The rates a result is computed with. */
  interface Rates {
    Optional<FactorView> factor(Pollutant pollutant, Carrier carrier, Region region, LocalDate on);

    Optional<TariffView> tariff(Carrier carrier, Region region, LocalDate on);
  }

  private SavingsCalculator() {}

  static VerificationResult compute(CaseInputs in, Rates rates) {
    if (in.readings().isEmpty()) {
      throw new RuleViolation("readings", "verification.model.no-readings");
    }
    Map<Period, Map<String, Double>> variables = new HashMap<>();
    in.values()
        .forEach(
            v ->
                variables
                    .computeIfAbsent(v.period(), k -> new HashMap<>())
                    .put(v.variable(), v.value().doubleValue()));
    List<CarrierResult> carriers = new ArrayList<>();
    for (Carrier carrier : in.carriers().stream().sorted().toList()) {
      carriers.add(carrier(in, carrier, variables));
    }
    LocalDate on = in.reporting().from();
    List<String> missing = new ArrayList<>();
    List<EmissionResult> emissions = emissions(in, carriers, rates, on, missing);
    List<TariffUse> tariffs = new ArrayList<>();
    BigDecimal cost = BigDecimal.ZERO.setScale(2);
    for (CarrierResult c : carriers) {
      Optional<TariffView> tariff = rates.tariff(c.carrier(), in.region(), on);
      if (tariff.isEmpty()) {
        missing.add("TARIFF:" + c.carrier());
        continue;
      }
      TariffView t = tariff.get();
      BigDecimal saving =
          t.priceHkd()
              .multiply(BigDecimal.valueOf(c.avoidedPerYear()))
              .setScale(2, RoundingMode.HALF_UP);
      tariffs.add(
          new TariffUse(
              t.id(), t.carrier(), t.region(), t.validFrom(), t.priceHkd(), t.source(), saving));
      cost = cost.add(saving);
    }
    BigDecimal projectCost = in.projectCostHkd().setScale(2);
    Double payback =
        cost.signum() > 0 ? projectCost.divide(cost, 2, RoundingMode.HALF_UP).doubleValue() : null;
    boolean meets = carriers.stream().allMatch(c -> c.model().meetsGuideline14());
    return new VerificationResult(
        carriers, emissions, cost, tariffs, projectCost, payback, meets, on, missing);
  }

  private static CarrierResult carrier(
      CaseInputs in, Carrier carrier, Map<Period, Map<String, Double>> variables) {
    List<Reading> readings =
        in.readings().stream()
            .filter(r -> r.carrier() == carrier)
            .sorted(Comparator.comparing(r -> r.period().from()))
            .toList();
    List<Reading> baseline =
        readings.stream().filter(r -> in.baseline().contains(r.period())).toList();
    int k = in.variables().size();
    double[][] x = new double[baseline.size()][k];
    double[] y = new double[baseline.size()];
    for (int i = 0; i < baseline.size(); i++) {
      x[i] = row(in.variables(), variables.get(baseline.get(i).period()));
      y[i] = baseline.get(i).quantity().doubleValue();
    }
    BaselineModel model = ModelFit.fit(carrier, in.variables(), x, y, interval(baseline));
    List<CarrierResult.PeriodPoint> points = new ArrayList<>();
    double adjusted = 0;
    double reported = 0;
    for (Reading r : readings) {
      boolean reporting = in.reporting().contains(r.period());
      double modelled = model.predict(variables.getOrDefault(r.period(), Map.of()));
      double measured = r.quantity().doubleValue();
      points.add(new CarrierResult.PeriodPoint(r.period(), reporting, measured, modelled));
      if (reporting) {
        adjusted += modelled;
        reported += measured;
      }
    }
    double avoided = adjusted - reported;
    double perYear = avoided * 365.0 / in.reporting().days();
    double fraction = adjusted == 0 ? 0 : avoided / adjusted;
    return new CarrierResult(
        carrier, model, adjusted, reported, avoided, perYear, fraction, points);
  }

  private static double[] row(List<String> names, Map<String, Double> values) {
    double[] row = new double[names.size()];
    for (int j = 0; j < names.size(); j++) {
      row[j] = values == null ? 0 : values.getOrDefault(names.get(j), 0.0);
    }
    return row;
  }

  private static DataInterval interval(List<Reading> baseline) {
    long[] days = baseline.stream().mapToLong(r -> r.period().days()).sorted().toArray();
    return DataInterval.ofMedianDays(days.length == 0 ? 0 : days[days.length / 2]);
  }

  private static List<EmissionResult> emissions(
      CaseInputs in,
      List<CarrierResult> carriers,
      Rates rates,
      LocalDate on,
      List<String> missing) {
    Map<Pollutant, List<FactorUse>> used = new EnumMap<>(Pollutant.class);
    Map<Pollutant, Double> kg = new EnumMap<>(Pollutant.class);
    for (CarrierResult c : carriers) {
      Region region = c.carrier().factorRegion(in.region());
      boolean anyFactor = false;
      for (Pollutant pollutant : Pollutant.values()) {
        Optional<FactorView> factor = rates.factor(pollutant, c.carrier(), region, on);
        if (factor.isPresent()) {
          anyFactor = true;
          FactorView f = factor.get();
          used.computeIfAbsent(pollutant, p -> new ArrayList<>()).add(use(f));
          kg.merge(pollutant, c.avoidedPerYear() * f.value(), Double::sum);
        }
      }
      if (c.carrier() == Carrier.SOLVENT_KG) {
        SolventVoc.add(in, c, used, kg);
      } else if (!anyFactor && c.carrier().emits()) {
        missing.add("FACTOR:" + c.carrier());
      }
    }
    List<EmissionResult> results = new ArrayList<>();
    kg.forEach((p, value) -> results.add(new EmissionResult(p, value / 1000.0, used.get(p))));
    return results;
  }

  private static FactorUse use(FactorView f) {
    return new FactorUse(
        f.id(), f.carrier(), f.region(), f.validFrom(), f.value(), f.unit(), f.source());
  }
}
