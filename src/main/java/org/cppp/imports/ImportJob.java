package org.cppp.imports;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress counters of one import run, updated by the runner and read by the page; a cancel
 * asked for here is seen by the runner at its next row.
 */
final class ImportJob {

  private final String id;
  private final String dataset;
  private final String owner;
  final AtomicLong read = new AtomicLong();
  final AtomicLong validated = new AtomicLong();
  final AtomicLong written = new AtomicLong();

  /** Rows the file holds (counted before the run), or -1 while unknown (a streamed body). */
  final AtomicLong total = new AtomicLong(-1);

  private final AtomicBoolean cancelRequested = new AtomicBoolean();
  private volatile boolean cancelled;
  private volatile ImportResult result;

  ImportJob(String id, String dataset, String owner) {
    this.id = id;
    this.dataset = dataset;
    this.owner = owner;
  }

  String id() {
    return id;
  }

  String dataset() {
    return dataset;
  }

  String owner() {
    return owner;
  }

  boolean finished() {
    return result != null;
  }

  void requestCancel() {
    cancelRequested.set(true);
  }

  /** Whether the runner should stop: its transaction is then rolled back, nothing is saved. */
  boolean cancelRequested() {
    return cancelRequested.get();
  }

  void finish(ImportResult result) {
    this.result = result;
  }

  void finishCancelled() {
    this.cancelled = true;
    this.result = new ImportResult(0, java.util.List.of());
  }

  ImportJobView view() {
    return new ImportJobView(
        id,
        dataset,
        result != null,
        cancelled,
        total.get(),
        read.get(),
        validated.get(),
        written.get(),
        percent(),
        result);
  }

  /**
   * How far the run is: checking every row is the first half, writing them the second; 100 only
   * once finished; null while the total is unknown.
   */
  private Integer percent() {
    if (result != null) {
      return 100;
    }
    long rows = total.get();
    if (rows < 0) {
      return null;
    }
    if (rows == 0) {
      return 0;
    }
    long done = Math.min(validated.get(), rows) + Math.min(written.get(), rows);
    return (int) Math.min(99, done * 100 / (2 * rows));
  }
}
