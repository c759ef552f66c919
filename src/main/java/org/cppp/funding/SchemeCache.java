package org.cppp.funding;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The scheme catalogue held in memory, so a page, report or message look-up that names a scheme per
 * row asks no query. A scheme is never changed once defined, only added: a definition read once
 * stays true on every instance. A code not yet held (defined since, maybe on another instance) is
 * read from the table; the list is read again when the table holds more schemes than are held. What
 * a read-write transaction read is held only once it commits (it may be its own insert).
 */
@Component
class SchemeCache {

  private final FundingSchemes schemes;

  /** By code, in the catalogue's order (launch schemes first); replaced whole, never changed. */
  private volatile Map<Scheme, SchemeDefinition> held = Map.of();

  SchemeCache(FundingSchemes schemes) {
    this.schemes = schemes;
  }

  /** The definition of a scheme, or empty when the catalogue lacks it. */
  Optional<SchemeDefinition> find(Scheme scheme) {
    SchemeDefinition known = held.get(scheme);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<SchemeDefinition> read = schemes.findById(scheme.code()).map(FundingScheme::view);
    read.ifPresent(d -> hold(List.of(d)));
    return read;
  }

  /** Every scheme of the catalogue, launch schemes first, then by code. */
  List<SchemeDefinition> all() {
    Map<Scheme, SchemeDefinition> now = held;
    if (now.size() != schemes.count()) {
      List<SchemeDefinition> read = schemes.findAll().stream().map(FundingScheme::view).toList();
      hold(read);
      return read.stream().sorted(Comparator.comparing(SchemeDefinition::code)).toList();
    }
    return List.copyOf(now.values());
  }

  private void hold(List<SchemeDefinition> read) {
    boolean mayHaveWritten =
        TransactionSynchronizationManager.isSynchronizationActive()
            && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    if (!mayHaveWritten) {
      merge(read);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            merge(read);
          }
        });
  }

  private synchronized void merge(List<SchemeDefinition> read) {
    Map<Scheme, SchemeDefinition> merged = new TreeMap<>(held);
    read.forEach(d -> merged.put(d.code(), d));
    held = Collections.unmodifiableMap(merged);
  }
}
