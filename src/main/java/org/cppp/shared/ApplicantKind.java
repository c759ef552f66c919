package org.cppp.shared;

/**
 * Who applies, as the programme's later phases distinguish them: the kind of a registered business
 * (factory module) and the kinds a scheme accepts (funding module) are this one type.
 */
public enum ApplicantKind {
  /** A business registered in Hong Kong (Cap. 310) that owns or is linked to a factory. */
  HK_BUSINESS,
  /** A workshop-type enterprise in Hong Kong with a polluting process. */
  HK_WORKSHOP,
  /** A non-profit Hong Kong trade or industry association. */
  TRADE_ASSOCIATION
}
