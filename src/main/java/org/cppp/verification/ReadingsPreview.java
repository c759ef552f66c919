package org.cppp.verification;

import java.util.List;
import java.util.Set;

/** What a pasted table of readings would save, or its mistakes; nothing is saved. */
public record ReadingsPreview(
    Set<Carrier> carriers,
    List<Reading> readings,
    List<VariableValue> values,
    long periods,
    List<ReadingError> errors) {

  public boolean valid() {
    return errors.isEmpty();
  }
}
