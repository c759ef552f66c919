package org.cppp.provider;

/** Whether a provider may be named in a new application (the draft's provider field). */
public enum ProviderStanding {
  /** On the register and, if based in Guangdong, with a current GDEIC registration. */
  ENGAGEABLE,
  /** Not on the register on that date: unknown, or removed. */
  NOT_REGISTERED,
  /** On the register, but based in Guangdong and its GDEIC registration has lapsed. */
  GDEIC_LAPSED
}
