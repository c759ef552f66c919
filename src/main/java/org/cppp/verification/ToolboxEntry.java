package org.cppp.verification;

import java.math.BigDecimal;
import org.cppp.shared.TechnologyCategory;

/**
 * The CP Toolbox's ballpark for one technology category in a sector, or for one named technology of
 * it: the medians of the signed results of its projects.
 *
 * @param technology the category (a named technology's own)
 * @param named the named technology; {@code null} for the category's row
 * @param medianCostHkd the demonstration projects' cost ({@code null} if none is one: a
 *     verification's recorded cost is the verification service's)
 * @param medianCo2TonnesPerYear CO2 avoided per year
 * @param medianCostSavingHkdPerYear cost saved per year
 * @param medianPaybackYears simple payback (cost / annual cost saving) of the demonstration
 *     projects that save money; {@code null} if none does
 */
public record ToolboxEntry(
    TechnologyCategory technology,
    Technology named,
    long projects,
    BigDecimal medianCostHkd,
    double medianCo2TonnesPerYear,
    BigDecimal medianCostSavingHkdPerYear,
    Double medianPaybackYears) {

  /** What the row is of: the category's name, or the named technology's code. */
  public String key() {
    return named == null ? technology.name() : named.code();
  }
}
