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

  /**
   * A session that stages each checked row in the database during the first pass (e.g. with {@code
   * COPY}) and writes them all set-based at the end, instead of the runner spooling rows to a file
   * and handing them back in batches.
   */
  interface StagedSession extends Session {

    /** Stages a row that passed {@link #check}, just after its check. */
    void stage(CsvRow row);

    /**
     * Staged rows repeating an earlier staged row's key: {row, first row}, at most {@code limit}.
     */
    List<long[]> repeats(int limit);

    /**
     * Writes the staged rows, skipping any already saved (by natural key); tells {@code progress}
     * how many rows each step covered.
     *
     * @return how many new records were saved
     */
    int writeStaged(java.util.function.IntConsumer progress);
  }
}
