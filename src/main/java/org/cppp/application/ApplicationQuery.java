package org.cppp.application;

import org.cppp.funding.Scheme;

/**
 * Filters of the applications list; {@code null} or blank means any.
 *
 * @param financialYear the start year of the financial year of submission (2011 = 2011/12)
 * @param text part of the reference, title or BR number
 */
public record ApplicationQuery(
    Scheme scheme,
    ApplicationStatus status,
    String sector,
    Integer financialYear,
    String providerCode,
    String factoryBr,
    Boolean overdue,
    String text) {

  public static ApplicationQuery all() {
    return new ApplicationQuery(null, null, null, null, null, null, null, null);
  }
}
