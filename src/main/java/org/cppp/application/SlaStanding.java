package org.cppp.application;

/** Where an application stands against its stage's service level: past it, or in its last days. */
public enum SlaStanding {
  BREACHED,
  NEAR
}
