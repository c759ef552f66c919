package org.cppp.outreach;

import org.cppp.shared.FinancialYear;

/** Staff list filters; each may be {@code null} for "any". */
public record ActivityFilter(FinancialYear year, ActivityType type, String city) {

  public static ActivityFilter any() {
    return new ActivityFilter(null, null, null);
  }
}
