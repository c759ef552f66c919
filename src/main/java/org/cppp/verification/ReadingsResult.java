package org.cppp.verification;

import java.util.List;

/**
 * What an upload of readings did: how many periods it saved (all readings replaced), or, with
 * {@code imported} 0 and nothing saved, every mistake found (at most {@value
 * ReadingsTable#MAX_ERRORS}).
 */
public record ReadingsResult(long imported, List<ReadingError> errors) {

  public ReadingsResult {
    errors = List.copyOf(errors);
  }

  public boolean succeeded() {
    return errors.isEmpty();
  }
}
