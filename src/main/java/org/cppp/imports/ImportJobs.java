package org.cppp.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cppp.platform.BackgroundJobs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The import runs, stored ({@link BackgroundJobs}) so that any instance and a reloaded page find a
 * user's job; while a job runs here its counters are read from memory (the stored row follows
 * within a second). One unfinished job per user, guarded by the database across instances. A job
 * whose instance stopped is shown finished with nothing saved: its transaction died with it.
 */
@Component
class ImportJobs {

  static final String KIND = "import";

  /** Why a run ended without a result (an unexpected error; the caller was told). */
  static final String BROKEN = "broken";

  private final BackgroundJobs stored;
  private final MessageSource messages;
  private final Map<String, ImportJob> running = new ConcurrentHashMap<>();

  ImportJobs(BackgroundJobs stored, MessageSource messages) {
    this.stored = stored;
    this.messages = messages;
  }

  /** A new job of the owner; refused while their previous one has not finished. */
  ImportJob create(String dataset, String owner) {
    ImportJob job = new ImportJob(UUID.randomUUID().toString(), dataset, owner);
    stored.create(job.id(), KIND, owner, owner, job.view(), "imports.job.busy");
    running.put(job.id(), job);
    stored.track(job.id(), new Tracked(job));
    stored.running(job.id());
    return job;
  }

  /** The run has ended: its result is stored, or, if it ended without one, that it failed. */
  void ended(ImportJob job, String reason) {
    try {
      if (job.finished()) {
        stored.done(job.id(), job.view(), null);
      } else {
        stored.failed(job.id(), job.view(), reason);
      }
    } finally {
      running.remove(job.id());
    }
  }

  Optional<Found> find(String id) {
    ImportJob job = running.get(id);
    if (job != null) {
      return Optional.of(new Found(job.owner(), job.view()));
    }
    return stored.find(id).filter(j -> j.kind().equals(KIND)).map(this::found);
  }

  /** The user's most recent job, running or finished. */
  Optional<ImportJobView> latestOf(String owner) {
    return stored.latest(KIND, owner).flatMap(j -> find(j.id())).map(Found::view);
  }

  /** Asks the job to stop at its next row, on whichever instance runs it. */
  void requestCancel(String id) {
    ImportJob job = running.get(id);
    if (job != null) {
      job.requestCancel();
    } else {
      stored.requestCancel(id);
    }
  }

  private Found found(BackgroundJobs.StoredJob row) {
    ImportJobView last = row.progress(ImportJobView.class);
    if (last.finished() || row.state() != BackgroundJobs.State.FAILED) {
      return new Found(row.owner(), last);
    }
    String key =
        BackgroundJobs.INSTANCE_STOPPED.equals(row.error())
            ? "imports.job.stopped"
            : "imports.job.broken";
    String reason = messages.getMessage(key, null, LocaleContextHolder.getLocale());
    ImportJobView failed =
        new ImportJobView(
            last.id(),
            last.dataset(),
            true,
            false,
            last.total(),
            last.read(),
            last.validated(),
            0,
            100,
            new ImportResult(0, List.of(new RowError(0, "", reason))));
    return new Found(row.owner(), failed);
  }

  /** A job and who started it. */
  record Found(String owner, ImportJobView view) {}

  /** What the stored row shows of a job running here, and its cancel asked on another instance. */
  private record Tracked(ImportJob job) implements BackgroundJobs.Live {
    @Override
    public Object progress() {
      return job.view();
    }

    @Override
    public void cancel() {
      job.requestCancel();
    }
  }

  /** How many imports are running, on every instance. */
  long running() {
    return stored.count(KIND, BackgroundJobs.State.RUNNING);
  }
}
