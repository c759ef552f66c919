package org.cppp.imports;

import java.util.concurrent.atomic.AtomicLong;

/** The progress counters of one import run, updated by the runner and read by the page. */
final class ImportJob {

  private final String id;
  private final String dataset;
  private final String owner;
  final AtomicLong read = new AtomicLong();
  final AtomicLong validated = new AtomicLong();
  final AtomicLong written = new AtomicLong();
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

  void finish(ImportResult result) {
    this.result = result;
  }

  ImportJobView view() {
    return new ImportJobView(
        id, dataset, result != null, read.get(), validated.get(), written.get(), result);
  }
}
