package org.cppp.factory;

import java.util.Optional;
import org.cppp.shared.RuleViolation;

/**
 * What another module holds for a factory, which moves with it when the register merges a duplicate
 * into the factory that survives. Modules that depend on this one implement it (the applications
 * module does); the merge asks each, in the merge's transaction.
 */
public interface FactoryHoldings {

  /** Why what this module holds for the factory cannot move; empty when it can. */
  Optional<RuleViolation> refusalToMove(String brNumber);

  /** Moves everything this module holds for {@code from} to {@code to}; how many records moved. */
  int move(String from, String to);
}
