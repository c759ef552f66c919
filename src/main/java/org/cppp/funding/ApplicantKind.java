package org.cppp.funding;

/** Who may apply for a scheme. */
public enum ApplicantKind {
  /** A business registered in Hong Kong (Cap. 310) that owns or is linked to a factory. */
  HK_BUSINESS,
  /** A workshop-type enterprise in Hong Kong with a polluting process. */
  HK_WORKSHOP,
  /** A non-profit Hong Kong trade or industry association. */
  TRADE_ASSOCIATION
}
