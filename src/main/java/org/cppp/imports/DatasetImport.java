package org.cppp.imports;

import java.util.List;
import java.util.Set;

/** One kind of importable file: its columns, how a row is checked and how rows are written. */
interface DatasetImport {

  /** The name in the URL, e.g. {@code factories}. */
  String name();

  /** Every column the file may have, in the documented order. */
  List<String> columns();

  /** The columns the header must have. */
  Set<String> required();

  /** The column named when a row repeats another's natural key. */
  String keyColumn();

  /** Rows written per batch. */
  default int batchSize() {
    return 1000;
  }

  /** Starts a run: a session may remember look-ups (bounded) for the run's length. */
  Session open();

  /** One run's checks and writes. */
  interface Session {

    /** Checks a row; returns its natural key, or {@code null} when it has mistakes (on the row). */
    String check(CsvRow row);

    /**
     * Writes rows that passed {@link #check}, skipping any already saved (by natural key).
     *
     * @return how many new records were saved
     */
    int write(List<CsvRow> rows);
  }
}
