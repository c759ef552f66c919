package org.cppp.provider;

import java.util.Map;

/** The dashboard's figures: providers on the list now, by base, and lapses awaiting removal. */
public record ProviderFigures(long registered, Map<ProviderBase, Long> byBase, long flagged) {

  public ProviderFigures {
    byBase = Map.copyOf(byBase);
  }
}
