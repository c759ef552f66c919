package org.cppp.verification;

/**
 * Where a factor or tariff applies: a factory's grid (the China Southern grid for Guangdong, the
 * two Hong Kong utilities) or, for fuels burnt on site, fuel combustion anywhere.
 */
public enum Region {
  GUANGDONG,
  HONG_KONG_CLP,
  HONG_KONG_HK_ELECTRIC,
  FUEL;

  /** Whether a factory can be in it (fuel combustion is not a place). */
  public boolean isGrid() {
    return this != FUEL;
  }
}
