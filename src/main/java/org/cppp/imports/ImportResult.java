package org.cppp.imports;

import java.util.List;

/**
 * What an import did: how many new rows it saved, or (with {@code imported} 0 and nothing saved)
 * the mistakes found, at most {@value ImportRunner#MAX_ERRORS}.
 */
public record ImportResult(long imported, List<RowError> errors) {

  public ImportResult {
    errors = List.copyOf(errors);
  }

  public boolean succeeded() {
    return errors.isEmpty();
  }
}
