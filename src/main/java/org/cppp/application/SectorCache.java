package org.cppp.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cppp.factory.Factories;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Factories' sectors, remembered for the rest of the current transaction (at most {@value #SIZE},
 * least recently used forgotten first) so a bulk import asks the register once per factory.
 */
@Component
class SectorCache {

  static final int SIZE = 100_000;

  String sectorOf(String br, Factories factories) {
    return current().computeIfAbsent(br, b -> factories.summary(b).sector().name());
  }

  /** Remembers these sectors (by BR number) for the rest of the transaction, as if asked. */
  void remember(Map<String, String> sectors) {
    current().putAll(sectors);
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> current() {
    Map<String, String> cache =
        (Map<String, String>) TransactionSynchronizationManager.getResource(this);
    if (cache == null) {
      cache =
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > SIZE;
            }
          };
      TransactionSynchronizationManager.bindResource(this, cache);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(SectorCache.this);
            }
          });
    }
    return cache;
  }
}
