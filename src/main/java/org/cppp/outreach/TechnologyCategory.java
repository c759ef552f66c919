package org.cppp.outreach;

/** A demonstration project's technology category. */
public enum TechnologyCategory {
  ENERGY_SAVING,
  VOC_REDUCTION,
  AIR_POLLUTANT_REDUCTION,
  EFFLUENT_REDUCTION
}
