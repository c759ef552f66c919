package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the Government pays for one scheme in one phase.
 *
 * @param share the Government's share of the cost, {@code 0 < share <= 1}
 * @param ceilingHkd the most the Government pays for one application; {@code null}: the share alone
 *     caps it
 * @param completionMonths how long the work may take after approval
 */
public record SchemeRule(
    Scheme scheme,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ceilingHkd,
    int completionMonths) {

  /**
   * The Government's share of a cost: {@code min(cost x share, ceiling)} (no ceiling: {@code cost x
   * share}), rounded down to the cent so the Government never pays more than its share.
   */
  public BigDecimal governmentShareOf(BigDecimal costHkd) {
    BigDecimal proportional = costHkd.multiply(share).setScale(2, RoundingMode.DOWN);
    return (ceilingHkd == null ? proportional : proportional.min(ceilingHkd))
        .setScale(2, RoundingMode.DOWN);
  }
}
