package org.cppp.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cppp.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The baseline model and savings against a published worked example (NIST's certified linear
 * regression) and a hand-computed IPMVP case whose arithmetic is written out below.
 */
class SavingsStatisticsTests {

  // NIST/ITL Statistical Reference Datasets, "Norris" (linear least squares, lower difficulty):
  // https://www.itl.nist.gov/div898/strd/lls/data/LINKS/DATA/Norris.dat. Certified values:
  // B0 = -0.262323073774029 (sd 0.232818234301152), B1 = 1.00211681802045 (sd
  // 0.429796848199937E-03), residual sd = 0.884796396144373, R² = 0.999993745883712,
  // residual SS = 26.6173985294224 on 34 degrees of freedom.
  static final double[] NORRIS_X = {
    0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5,
    666.9, 338.0, 447.5, 11.6, 556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2,
    999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5
  };
  static final double[] NORRIS_Y = {
    0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1, 668.8,
    339.3, 448.9, 10.8, 557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5,
    778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2
  };

  @Test
  void theRegressionMatchesNistsCertifiedNorrisValues() {
    double[][] x = new double[NORRIS_X.length][];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {NORRIS_X[i]};
    }
    BaselineModel model =
        ModelFit.fit(
            Carrier.ELECTRICITY_KWH, List.of("x"), x, NORRIS_Y, DataInterval.SHORTER_THAN_MONTHLY);

    double mean = java.util.Arrays.stream(NORRIS_Y).average().orElseThrow();
    assertThat(model.n()).isEqualTo(36);
    assertThat(model.p()).isEqualTo(2);
    assertThat(model.intercept()).isCloseTo(-0.262323073774029, within(1e-10));
    assertThat(model.coefficients().get("x")).isCloseTo(1.00211681802045, within(1e-12));
    assertThat(model.r2()).isCloseTo(0.999993745883712, within(1e-11));
    // CV(RMSE) = sqrt(SSE / (n - p)) / ȳ = certified residual sd / ȳ
    assertThat(model.cvrmse()).isCloseTo(0.884796396144373 / mean, within(1e-11));
    // OLS with an intercept leaves residuals that sum to zero
    assertThat(model.nmbe()).isCloseTo(0.0, within(1e-11));
    assertThat(model.tStatistics().get("intercept"))
        .isCloseTo(-0.262323073774029 / 0.232818234301152, within(1e-6));
    assertThat(model.tStatistics().get("x"))
        .isCloseTo(1.00211681802045 / 0.429796848199937E-03, within(1e-3));
  }

  /**
   * By hand. Baseline Jan-Apr 2011, production x = 1, 2, 3, 4 t, electricity y = 3000, 5000, 8000,
   * 8000 kWh. x̄ = 2.5, ȳ = 6000; Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5; Sxy = 1.5·3000 + 0.5·1000 +
   * 0.5·2000 + 1.5·2000 = 9000; b1 = 9000 / 5 = 1800 kWh/t; b0 = 6000 - 1800·2.5 = 1500 kWh. ŷ =
   * 3300, 5100, 6900, 8700; residuals -300, -100, 1100, -700 (sum 0); SSE = 90,000 + 10,000 +
   * 1,210,000 + 490,000 = 1,800,000; SST = 9e6 + 1e6 + 4e6 + 4e6 = 18e6; R² = 1 - 1.8/18 = 0.9. n -
   * p = 2: RMSE = sqrt(900,000) = 948.683; CV(RMSE) = 948.683 / 6000 = 0.158114 (above the 15 % for
   * monthly data); NMBE = 0. t(b1) = 1800 / sqrt(900,000 / 5) = 4.242641. Reporting Mar-Apr 2012
   * (61 days), x = 2 and 5 t, y = 4000 and 9000 kWh: adjusted baseline = 5100 + 10,500 = 15,600;
   * avoided = 15,600 - 13,000 = 2600 kWh; per year = 2600 · 365 / 61 = 15,557.377 kWh; fractional
   * saving = 2600 / 15,600 = 0.166667.
   */
  @Test
  void aHandComputedCaseGivesItsModelSavingsAndWhyItMissesGuideline14() {
    CaseInputs in = handCase(List.of(), null);
    VerificationResult result = SavingsCalculator.compute(in, new FixedRates(0.9, "2.00"));

    CarrierResult electricity = result.carriers().get(0);
    BaselineModel model = electricity.model();
    assertThat(model.intercept()).isCloseTo(1500, within(1e-8));
    assertThat(model.coefficients().get("production_t")).isCloseTo(1800, within(1e-8));
    assertThat(model.r2()).isCloseTo(0.9, within(1e-10));
    assertThat(model.cvrmse()).isCloseTo(0.158114, within(1e-6));
    assertThat(model.nmbe()).isCloseTo(0, within(1e-10));
    assertThat(model.tStatistics().get("production_t")).isCloseTo(4.242641, within(1e-6));
    assertThat(model.interval()).isEqualTo(DataInterval.MONTHLY);
    assertThat(model.meetsGuideline14()).isFalse();
    assertThat(model.failures())
        .containsExactly(
            new BaselineModel.Finding(
                "verification.g14.cvrmse", List.of("15.8", "15.0", "MONTHLY")));
    assertThat(electricity.adjustedBaseline()).isCloseTo(15600, within(1e-7));
    assertThat(electricity.reporting()).isEqualTo(13000);
    assertThat(electricity.avoided()).isCloseTo(2600, within(1e-7));
    assertThat(electricity.avoidedPerYear()).isCloseTo(15557.377, within(1e-3));
    assertThat(electricity.fractionalSaving()).isCloseTo(0.166667, within(1e-6));
    // 15,557.377 kWh × 0.9 kg/kWh = 14.0016 t CO2; × HK$2.00 = HK$31,114.75; payback 200,000 /
    // 31,114.75
    assertThat(result.tonnesPerYear(Pollutant.CO2)).isCloseTo(14.0016, within(1e-4));
    assertThat(result.costSavingHkdPerYear()).isEqualByComparingTo("31114.75");
    assertThat(result.simplePaybackYears()).isEqualTo(6.43);
  }

  @Test
  void withoutVariablesTheModelIsTheBaselineMean() {
    CaseInputs in = handCase(List.of(), null);
    CaseInputs mean =
        new CaseInputs(
            in.region(),
            in.baseline(),
            in.reporting(),
            List.of(),
            in.carriers(),
            in.readings(),
            List.of(),
            in.projectCostHkd());
    CarrierResult c = SavingsCalculator.compute(mean, new FixedRates(0, "0")).carriers().get(0);
    // ȳ = 6000; SSE = SST = 18e6; n - p = 3: CV = sqrt(6e6) / 6000 = 0.408248
    assertThat(c.model().intercept()).isEqualTo(6000);
    assertThat(c.model().p()).isEqualTo(1);
    assertThat(c.model().cvrmse()).isCloseTo(0.408248, within(1e-6));
    assertThat(c.adjustedBaseline()).isEqualTo(12000);
    assertThat(c.avoided()).isEqualTo(-1000);
  }

  @Test
  void vocAvoidedIsSolventAvoidedTimesItsVocContent() {
    // solvent follows the same figures as the hand case (kg), 60 % VOC throughout:
    // VOC per year = 15,557.377 kg × 0.60 = 9,334.426 kg = 9.334426 t
    CaseInputs in = handCase(List.of(), Carrier.SOLVENT_KG);
    VerificationResult result = SavingsCalculator.compute(in, new FixedRates(0, "0"));
    assertThat(result.tonnesPerYear(Pollutant.VOC)).isCloseTo(9.334426, within(1e-6));
    assertThat(result.emissions().get(0).factors().get(0).value()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void tooFewBaselinePeriodsAreRefusedNamingTheCarrier() {
    double[][] x = {{1}, {2}};
    assertThatThrownBy(
            () ->
                ModelFit.fit(
                    Carrier.LPG_KG, List.of("t"), x, new double[] {1, 2}, DataInterval.MONTHLY))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("verification.model.too-few");
  }

  static CaseInputs handCase(List<String> unused, Carrier solvent) {
    Carrier carrier = solvent == null ? Carrier.ELECTRICITY_KWH : solvent;
    BigDecimal voc = solvent == null ? null : new BigDecimal("60");
    List<Reading> readings = new ArrayList<>();
    List<VariableValue> values = new ArrayList<>();
    int[][] rows = {
      {2011, 1, 1, 3000},
      {2011, 2, 2, 5000},
      {2011, 3, 3, 8000},
      {2011, 4, 4, 8000},
      {2012, 3, 2, 4000},
      {2012, 4, 5, 9000}
    };
    for (int[] r : rows) {
      LocalDate from = LocalDate.of(r[0], r[1], 1);
      Period p = new Period(from, from.plusMonths(1).minusDays(1));
      readings.add(new Reading(p, carrier, BigDecimal.valueOf(r[3]), voc));
      values.add(new VariableValue(p, "production_t", BigDecimal.valueOf(r[2])));
    }
    return new CaseInputs(
        Region.GUANGDONG,
        new Period(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 4, 30)),
        new Period(LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 30)),
        List.of("production_t"),
        Set.of(carrier),
        readings,
        values,
        new BigDecimal("200000.00"));
  }

  /** One CO2 factor and one price for every carrier. */
  record FixedRates(double co2, String price) implements SavingsCalculator.Rates {
    @Override
    public Optional<FactorView> factor(Pollutant p, Carrier c, Region r, LocalDate on) {
      return p != Pollutant.CO2 || co2 == 0
          ? Optional.empty()
          : Optional.of(new FactorView(1, p, c, r, on, co2, "kg/kWh", "test", "t", null));
    }

    @Override
    public Optional<TariffView> tariff(Carrier c, Region r, LocalDate on) {
      return new BigDecimal(price).signum() == 0
          ? Optional.empty()
          : Optional.of(new TariffView(2, c, r, on, new BigDecimal(price), "test", "t", null));
    }
  }
}
