package org.cppp.outreach;

/** Who co-organises an activity with HKPC. */
public enum CoOrganiserKind {
  TRADE_ASSOCIATION,
  MUNICIPAL_AUTHORITY,
  PROVIDER,
  OTHER
}
