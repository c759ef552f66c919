package org.cppp.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.cppp.shared.RuleViolation;

/**
 * Fits a baseline model as IPMVP and ASHRAE Guideline 14 define it, with Apache Commons Math: OLS
 * of consumption on the independent variables, or the baseline mean when there are none. With n
 * periods and p parameters: CV(RMSE) = sqrt(SSE / (n - p)) / ȳ and NMBE = Σ(y - ŷ) / ((n - p) ȳ).
 */
final class ModelFit {

  static final String INTERCEPT = "intercept";

  private ModelFit() {}

  /**
   * @param carrier named in a refusal
   * @param variables the regressors' names, in the columns' order
   * @param x one row per baseline period, one column per variable
   * @param y the baseline consumption per period
   */
  static BaselineModel fit(
      Carrier carrier, List<String> variables, double[][] x, double[] y, DataInterval interval) {
    int n = y.length;
    int p = variables.size() + 1;
    if (n <= p) {
      throw new RuleViolation("readings", "verification.model.too-few", carrier, n, p + 1);
    }
    double mean = StatUtils.mean(y);
    double[] coefficients;
    double[] standardErrors;
    double r2;
    double sse;
    if (variables.isEmpty()) {
      coefficients = new double[] {mean};
      sse = StatUtils.sumSq(deviations(y, mean));
      standardErrors = new double[] {Math.sqrt(sse / (n - 1)) / Math.sqrt(n)};
      r2 = 0;
    } else {
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(y, x);
      try {
        coefficients = ols.estimateRegressionParameters();
        standardErrors = ols.estimateRegressionParametersStandardErrors();
      } catch (SingularMatrixException e) {
        throw new RuleViolation("variables", "verification.model.singular", carrier);
      }
      r2 = ols.calculateRSquared();
      sse = ols.calculateResidualSumOfSquares();
    }
    double residualSum = 0;
    for (int i = 0; i < n; i++) {
      residualSum += y[i] - predict(coefficients, x[i]);
    }
    return model(
        variables, coefficients, standardErrors, n, p, r2, sse, residualSum, mean, interval);
  }

  private static BaselineModel model(
      List<String> variables,
      double[] b,
      double[] se,
      int n,
      int p,
      double r2,
      double sse,
      double residualSum,
      double mean,
      DataInterval interval) {
    Map<String, Double> coefficients = new LinkedHashMap<>();
    Map<String, Double> t = new LinkedHashMap<>();
    putT(t, INTERCEPT, b[0], se[0]);
    for (int j = 0; j < variables.size(); j++) {
      coefficients.put(variables.get(j), b[j + 1]);
      putT(t, variables.get(j), b[j + 1], se[j + 1]);
    }
    List<BaselineModel.Finding> failures = new ArrayList<>();
    double cvrmse = 0;
    double nmbe = 0;
    if (mean <= 0) {
      failures.add(new BaselineModel.Finding("verification.g14.mean", List.of()));
    } else {
      cvrmse = round(Math.sqrt(sse / (n - p)) / mean);
      nmbe = round(residualSum / ((n - p) * mean));
      if (cvrmse > interval.maxCvrmse()) {
        failures.add(finding("verification.g14.cvrmse", cvrmse, interval.maxCvrmse(), interval));
      }
      if (Math.abs(nmbe) > interval.maxAbsNmbe()) {
        failures.add(finding("verification.g14.nmbe", nmbe, interval.maxAbsNmbe(), interval));
      }
    }
    return new BaselineModel(
        b[0],
        coefficients,
        t,
        n,
        p,
        round(r2),
        cvrmse,
        nmbe,
        interval,
        failures.isEmpty(),
        failures);
  }

  private static BaselineModel.Finding finding(
      String key, double value, double limit, DataInterval interval) {
    return new BaselineModel.Finding(key, List.of(percent(value), percent(limit), interval.name()));
  }

  private static String percent(double fraction) {
    return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static void putT(Map<String, Double> t, String term, double b, double se) {
    if (se > 0 && Double.isFinite(b / se)) {
      t.put(term, b / se);
    }
  }

  static double predict(double[] b, double[] x) {
    double y = b[0];
    for (int j = 1; j < b.length; j++) {
      y += b[j] * x[j - 1];
    }
    return y;
  }

  private static double[] deviations(double[] y, double mean) {
    double[] d = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      d[i] = y[i] - mean;
    }
    return d;
  }

  /** Rounds away floating-point noise (a fitted intercept's residual sum of 1e-17 reads as 0). */
  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(12, RoundingMode.HALF_EVEN).doubleValue();
  }
}
