package org.cppp.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cppp.identity.CurrentUser;
import org.cppp.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legacy data import's facade, for officers and administrators. A file is checked completely before
 * anything is saved; any wrong row means nothing is saved and every mistake (up to {@value
 * ImportRunner#MAX_ERRORS}) is reported with its row and column. Rows already saved (same natural
 * key) are skipped, so importing a file twice adds nothing the second time. Each run is one entry
 * in the audit trail (type {@code import}).
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class Imports {

  private final Map<String, DatasetImport> datasets;
  private final ImportRunner runner;
  private final ImportJobs jobs;
  private final Executor background =
      new DelegatingSecurityContextExecutor(new SimpleAsyncTaskExecutor("cppp-import-"));

  Imports(List<DatasetImport> datasets, ImportRunner runner, ImportJobs jobs) {
    this.datasets =
        datasets.stream().collect(Collectors.toMap(DatasetImport::name, Function.identity()));
    this.runner = runner;
    this.jobs = jobs;
  }

  /** The names of the datasets that can be imported, with their columns in documented order. */
  @PreAuthorize(ImportsPolicy.IMPORT)
  public Map<String, List<String>> datasets() {
    return datasets.values().stream()
        .collect(
            Collectors.toMap(
                DatasetImport::name, DatasetImport::columns, (a, b) -> a, java.util.TreeMap::new));
  }

  /**
   * Imports a CSV file (UTF-8, header row) read as a stream and returns when done; an unknown
   * dataset is not found.
   */
  @PreAuthorize(ImportsPolicy.IMPORT)
  public ImportResult importCsv(String dataset, InputStream csv) {
    DatasetImport d = dataset(dataset);
    ImportJob job = newJob(d);
    try {
      return runner.run(d, csv, job, LocaleContextHolder.getLocale());
    } finally {
      jobs.ended(job, ImportJobs.BROKEN);
    }
  }

  /**
   * Starts importing a file saved on disk in the background and returns the job's id at once; the
   * file is deleted when the job ends. Follow it with {@link #job(String)}. One job at a time per
   * user: while theirs runs, another is refused.
   */
  @PreAuthorize(ImportsPolicy.IMPORT)
  public String start(String dataset, Path file) {
    DatasetImport d = dataset(dataset);
    ImportJob job = newJob(d);
    Locale locale = LocaleContextHolder.getLocale();
    background.execute(() -> runFile(d, file, job, locale));
    return job.id();
  }

  /** A job's progress and, once finished, its result; only its starter (or an admin) sees it. */
  @PreAuthorize(ImportsPolicy.IMPORT)
  public ImportJobView job(String id) {
    return visibleJob(id).view();
  }

  /** The current user's latest job (running or finished), so a reloaded page shows it. */
  @PreAuthorize(ImportsPolicy.IMPORT)
  public Optional<ImportJobView> latest() {
    return jobs.latestOf(CurrentUser.current().username());
  }

  /**
   * Cancels a running job: it stops at its next row and saves nothing (its one transaction is
   * rolled back); a finished job is left as it is. Only its starter (or an admin) may.
   */
  @PreAuthorize(ImportsPolicy.IMPORT)
  public ImportJobView cancel(String id) {
    ImportJobs.Found job = visibleJob(id);
    if (!job.view().finished()) {
      jobs.requestCancel(id);
    }
    return job.view();
  }

  private ImportJob newJob(DatasetImport d) {
    return jobs.create(d.name(), CurrentUser.current().username());
  }

  private ImportJobs.Found visibleJob(String id) {
    CurrentUser user = CurrentUser.current();
    return jobs.find(id)
        .filter(j -> j.owner().equals(user.username()) || ImportsPolicy.seesEveryonesJobs(user))
        .orElseThrow(() -> new NotFoundException("Import", id));
  }

  private void runFile(DatasetImport d, Path file, ImportJob job, Locale locale) {
    try (InputStream in = Files.newInputStream(file)) {
      job.total.set(RowCount.of(file));
      runner.run(d, in, job, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      job.finish(new ImportResult(0, List.of(new RowError(0, "", String.valueOf(e.getMessage())))));
      throw e;
    } finally {
      jobs.ended(job, ImportJobs.BROKEN);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }

  private DatasetImport dataset(String name) {
    DatasetImport d = datasets.get(name);
    if (d == null) {
      throw new NotFoundException("Dataset", name);
    }
    return d;
  }
}
