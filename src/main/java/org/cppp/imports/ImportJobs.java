package org.cppp.imports;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The most recent import runs' progress, in memory (the last {@value #KEPT}), so a reloaded page
 * finds its user's job again.
 */
@Component
class ImportJobs {

  static final int KEPT = 200;

  private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

  synchronized ImportJob create(String dataset, String owner) {
    ImportJob job = new ImportJob(UUID.randomUUID().toString(), dataset, owner);
    jobs.put(job.id(), job);
    Iterator<String> oldest = jobs.keySet().iterator();
    while (jobs.size() > KEPT) {
      oldest.next();
      oldest.remove();
    }
    return job;
  }

  synchronized Optional<ImportJob> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** The user's most recent job, running or finished. */
  synchronized Optional<ImportJob> latestOf(String owner) {
    ImportJob latest = null;
    for (ImportJob job : jobs.values()) {
      if (job.owner().equals(owner)) {
        latest = job;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** How many jobs have not finished. */
  synchronized long running() {
    return jobs.values().stream().filter(job -> !job.finished()).count();
  }
}
