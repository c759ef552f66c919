package org.cppp.provider;

/** The technology categories a provider works in (the programme's demonstration categories). */
public enum Specialism {
  ENERGY_SAVING,
  VOC_REDUCTION,
  AIR_POLLUTANT_REDUCTION,
  EFFLUENT_REDUCTION
}
