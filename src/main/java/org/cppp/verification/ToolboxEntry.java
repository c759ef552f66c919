package org.cppp.verification;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.cppp.shared.TechnologyCategory;

/**
 * The CP Toolbox's ballpark for one technology category in a sector: the medians of the signed
 * results of its projects.
 *
 * @param medianCostHkd the demonstration projects' cost ({@code null} if none is one: a
 *     verification's recorded cost is the verification service's)
 * @param medianCo2TonnesPerYear CO2 avoided per year
 * @param medianCostSavingHkdPerYear cost saved per year
 * @param medianPaybackYears simple payback (cost / annual cost saving) of the demonstration
 *     projects that save money; {@code null} if none does
 */
@JsonPropertyOrder({
  "technology",
  "projects",
  "medianCostHkd",
  "medianCo2TonnesPerYear",
  "medianCostSavingHkdPerYear",
  "medianPaybackYears"
})
public record ToolboxEntry(
    TechnologyCategory technology,
    long projects,
    BigDecimal medianCostHkd,
    double medianCo2TonnesPerYear,
    BigDecimal medianCostSavingHkdPerYear,
    Double medianPaybackYears) {}
