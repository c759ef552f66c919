package org.cppp.shared;

/** The technology a demonstration project demonstrates (seed paper, paragraph 12). */
public enum TechnologyCategory {
  ENERGY_SAVING,
  VOC_REDUCTION,
  AIR_POLLUTANT_REDUCTION,
  EFFLUENT_REDUCTION
}
