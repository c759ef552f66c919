package org.cppp.factory;

/**
 * Filters for the factory list; {@code null} (or blank text) means any.
 *
 * @param eligible eligible today under the rule set in force, or not
 * @param text part of the BR number or the English or Chinese name
 */
public record FactoryQuery(Sector sector, String city, Boolean eligible, String text) {

  public static FactoryQuery all() {
    return new FactoryQuery(null, null, null, null);
  }
}
