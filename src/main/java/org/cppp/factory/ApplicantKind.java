package org.cppp.factory;

/**
 * Who applies, as the programme's later phases distinguish them; a scheme names the kinds it
 * accepts by these codes.
 */
public enum ApplicantKind {
  /** A business registered in Hong Kong (Cap. 310) owning or linked to a factory. */
  HK_BUSINESS,
  /** A workshop-type enterprise in Hong Kong with polluting processes. */
  HK_WORKSHOP,
  /** A non-profit trade and industry association in Hong Kong. */
  TRADE_ASSOCIATION
}
