package org.cppp.factory;

/** A factory's industry sector; eight of them are the programme's target sectors at launch. */
public enum Sector {
  TEXTILES,
  NON_METALLIC_MINERAL_PRODUCTS,
  METAL_AND_METAL_PRODUCTS,
  FOOD_AND_BEVERAGE,
  CHEMICAL_PRODUCTS,
  PRINTING_AND_PUBLISHING,
  FURNITURE,
  PAPER_AND_PAPER_PRODUCTS,
  OTHER;

  /** The message key of the sector's name. */
  public String messageKey() {
    return "sector." + name();
  }
}
