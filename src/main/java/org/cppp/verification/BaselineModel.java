package org.cppp.verification;

import java.util.List;
import java.util.Map;

/**
 * A carrier's baseline model: the ordinary least squares fit of baseline consumption on the case's
 * independent variables (none: the baseline mean), with the statistics ASHRAE Guideline 14 judges
 * it by. CV(RMSE) and NMBE are fractions (0.042, not 4.2 %).
 *
 * @param coefficients per variable name, in the case's order
 * @param tStatistics per term ("intercept" and each variable); NaN-free: an exact fit has none
 * @param n baseline periods
 * @param p model parameters, intercept included
 * @param failures why it does not meet Guideline 14 (message keys with arguments), empty if it does
 */
public record BaselineModel(
    double intercept,
    Map<String, Double> coefficients,
    Map<String, Double> tStatistics,
    int n,
    int p,
    double r2,
    double cvrmse,
    double nmbe,
    DataInterval interval,
    boolean meetsGuideline14,
    List<Finding> failures) {

  public BaselineModel {
    coefficients =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coefficients));
    tStatistics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tStatistics));
    failures = List.copyOf(failures);
  }

  /** The model's consumption for a period with these variable values. */
  public double predict(Map<String, Double> variables) {
    double y = intercept;
    for (Map.Entry<String, Double> c : coefficients.entrySet()) {
      y += c.getValue() * variables.getOrDefault(c.getKey(), 0.0);
    }
    return y;
  }

  /** Why a model falls short, as a message key and its arguments. */
  public record Finding(String messageKey, List<String> arguments) {
    public Finding {
      arguments = List.copyOf(arguments);
    }
  }
}
