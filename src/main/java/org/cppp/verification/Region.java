package org.cppp.verification;

import java.util.Arrays;
import java.util.List;

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

  /** The regions a factory can be in, the choices of a case's or a tariff's region. */
  public static List<Region> grids() {
    return Arrays.stream(values()).filter(Region::isGrid).toList();
  }
}
