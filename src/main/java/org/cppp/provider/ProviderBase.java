package org.cppp.provider;

/** Where an ET service provider is based. */
public enum ProviderBase {
  HONG_KONG,
  /** Guangdong (Pearl River Delta): needs a current GDEIC registration. */
  PRD,
  OTHER
}
