package org.cppp.factory;

/** How a factory is linked to the Hong Kong business that applies for it. */
public enum LinkKind {
  JOINT_VENTURE,
  /** A wholly foreign-owned enterprise of the business. */
  WFOE,
  PROCESSING_AGREEMENT,
  HK_RESIDENT_OWNERSHIP
}
