package org.cppp.verification;

import java.util.Map;
import org.cppp.shared.TechnologyCategory;

/** The programme's verified outcomes: totals, and totals per technology category. */
public record OutcomeFigures(
    OutcomeTotals total, Map<TechnologyCategory, OutcomeTotals> byTechnology) {

  public OutcomeFigures {
    byTechnology = Map.copyOf(byTechnology);
  }
}
