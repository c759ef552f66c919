package org.cppp.application;

/** Who handed a deliverable in: the factory, the ET provider the application names, or HKPC. */
public enum DeliveryParty {
  FACTORY,
  PROVIDER,
  PROGRAMME
}
