package org.cppp.verification;

/**
 * What a reading measures, with the unit in its code. Emissions come from the energy carriers and
 * emission factors; VOC from solvent and its VOC content; effluent from wastewater volume.
 */
public enum Carrier {
  ELECTRICITY_KWH("kWh"),
  DIESEL_L("L"),
  HEAVY_FUEL_OIL_KG("kg"),
  LPG_KG("kg"),
  NATURAL_GAS_M3("m3"),
  COAL_KG("kg"),
  STEAM_KG("kg"),
  TOWN_WATER_M3("m3"),
  WASTEWATER_M3("m3"),
  SOLVENT_KG("kg");

  private final String unit;

  Carrier(String unit) {
    this.unit = unit;
  }

  public String unit() {
    return unit;
  }

  /** Whether saving it avoids combustion emissions (on site, or at the power station). */
  public boolean emits() {
    return this != TOWN_WATER_M3 && this != WASTEWATER_M3 && this != SOLVENT_KG;
  }

  /** Fuels burnt on site take the fuel-combustion factors; electricity the grid's. */
  public Region factorRegion(Region gridRegion) {
    return this == ELECTRICITY_KWH ? gridRegion : Region.FUEL;
  }
}
