package org.cppp.verification;

/** The pollutants the programme reports reductions of. */
public enum Pollutant {
  CO2,
  NOX,
  SO2,
  PM,
  VOC
}
