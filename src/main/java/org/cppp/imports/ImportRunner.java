package org.cppp.imports;

import jakarta.persistence.EntityManager;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cppp.audit.AuditTrail;
import org.cppp.shared.DateInput;
import org.cppp.shared.RuleViolation;
import org.cppp.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: a streaming first pass checks every row and spools the good ones to a temporary
 * file (keys go to a temporary table to find repeats), then, only if no row was wrong, a second
 * pass writes the spooled rows in batches. Both passes run in one transaction: all or nothing.
 */
@Component
class ImportRunner {

  static final int MAX_ERRORS = 1000;
  static final String AUDIT_TYPE = "import";
  private static final String ROW = "#row";
  private static final CSVFormat IN =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  private final TransactionTemplate transactions;
  private final EntityManager entities;
  private final DuplicateCheck duplicates;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;

  ImportRunner(
      PlatformTransactionManager transactionManager,
      EntityManager entities,
      DuplicateCheck duplicates,
      AuditTrail audit,
      MessageSource messages,
      Clock clock) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.entities = entities;
    this.duplicates = duplicates;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  ImportResult run(DatasetImport dataset, InputStream body, ImportJob job, Locale locale) {
    Run run = new Run(dataset, job, locale);
    try {
      ImportResult result;
      try {
        result = transactions.execute(status -> run.execute(body, status));
      } catch (Cancelled cancelled) {
        transactions.executeWithoutResult(s -> cancelled(run));
        job.finishCancelled();
        return new ImportResult(0, List.of());
      }
      if (!result.succeeded()) {
        transactions.executeWithoutResult(s -> audited(run, result));
      }
      job.finish(result);
      return result;
    } finally {
      run.deleteSpool();
    }
  }

  private void audited(Run run, ImportResult result) {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("dataset", run.dataset.name());
    changes.put("rows", run.job.read.get());
    changes.put("imported", result.imported());
    changes.put("errors", result.errors().size());
    audit.record(AUDIT_TYPE, run.job.id(), result.succeeded() ? "IMPORTED" : "REJECTED", changes);
  }

  private void cancelled(Run run) {
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("dataset", run.dataset.name());
    changes.put("rows", run.job.read.get());
    audit.record(AUDIT_TYPE, run.job.id(), "CANCELLED", changes);
  }

  /** Thrown at the next row once a cancel is asked for: rolls the run's transaction back. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("import cancelled", null, false, false);
    }
  }

  private static void stopIfCancelled(ImportJob job) {
    if (job.cancelRequested()) {
      throw new Cancelled();
    }
  }

  /** One run's state. */
  private final class Run {

    private final DatasetImport dataset;
    private final ImportJob job;
    private final Locale locale;
    private final List<RowError> errors = new ArrayList<>();
    private final DateInput dates = DateInput.on(clock);
    private Path spool;

    Run(DatasetImport dataset, ImportJob job, Locale locale) {
      this.dataset = dataset;
      this.job = job;
      this.locale = locale;
    }

    ImportResult execute(InputStream body, TransactionStatus status) {
      try {
        spool = Files.createTempFile("cppp-import-", ".csv");
        DatasetImport.Session session = dataset.open();
        if (check(body, session)) {
          if (session instanceof DatasetImport.StagedSession staged) {
            for (long[] repeat : staged.repeats(room())) {
              errors.add(
                  new RowError(
                      repeat[0],
                      dataset.keyColumn(),
                      message(
                          "imports.error.duplicate", new Object[] {String.valueOf(repeat[1])})));
            }
          } else {
            duplicates
                .find(MAX_ERRORS - errors.size(), dataset.keyColumn(), this::message)
                .forEach(errors::add);
          }
        }
        if (!errors.isEmpty()) {
          status.setRollbackOnly();
          errors.sort(Comparator.comparingLong(RowError::row));
          return new ImportResult(0, errors);
        }
        return write(session, status);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The first pass; answers whether the header was right (so rows were read). */
    private boolean check(InputStream body, DatasetImport.Session session) throws IOException {
      duplicates.start();
      BufferedReader in = BrokenHeader.keepingStart(reader(body));
      // The spool is this run's own temporary file, read back by the parser as written: not a CSV
      // for people, so not a CsvSheet (whose quoting of formula-like cells would change the data).
      try (CSVParser parser = IN.parse(in);
          CSVPrinter out = CSVFormat.DEFAULT.print(Files.newBufferedWriter(spool))) {
        List<String> header = parser.getHeaderNames();
        if (!checkHeader(header)) {
          return false;
        }
        List<String> spooled = new ArrayList<>(header);
        spooled.add(0, ROW);
        out.printRecord(spooled);
        long number = 0;
        try {
          for (CSVRecord record : parser) {
            number = record.getRecordNumber();
            stopIfCancelled(job);
            job.read.incrementAndGet();
            CsvRow row = new CsvRow(number, record.toMap(), dates, this::message);
            String key = record.isConsistent() ? session.check(row) : null;
            if (!record.isConsistent()) {
              row.reject("", "columns", record.size(), header.size());
            }
            if (row.valid() && session instanceof DatasetImport.StagedSession staged) {
              try {
                staged.stage(row);
              } catch (RuleViolation refused) {
                errors.add(refused(refused, number).errors().get(0));
              }
            } else if (row.valid()) {
              duplicates.add(key, number);
              spooled.clear();
              spooled.add(String.valueOf(number));
              header.forEach(h -> spooled.add(record.isMapped(h) ? record.get(h) : ""));
              out.printRecord(spooled);
            } else {
              errors.addAll(row.errors().subList(0, Math.min(row.errors().size(), room())));
            }
            job.validated.incrementAndGet();
            if (room() == 0) {
              break;
            }
          }
        } catch (UncheckedIOException | IllegalStateException e) {
          errors.add(new RowError(number + 1, "", message("imports.error.malformed", null)));
        }
        duplicates.flush();
        return true;
      } catch (CSVException e) {
        errors.add(
            new RowError(0, BrokenHeader.culprit(in), message("imports.error.header-csv", null)));
        return false;
      } catch (IllegalArgumentException e) {
        errors.add(
            new RowError(0, "", message("imports.error.header", new Object[] {e.getMessage()})));
        return false;
      }
    }

    private boolean checkHeader(List<String> header) {
      for (String column : dataset.required()) {
        if (!header.contains(column)) {
          errors.add(new RowError(0, column, message("imports.error.missing-column", null)));
        }
      }
      for (String column : header) {
        if (!dataset.columns().contains(column)) {
          errors.add(new RowError(0, column, message("imports.error.unknown-column", null)));
        }
      }
      return errors.isEmpty();
    }

    private ImportResult write(DatasetImport.Session session, TransactionStatus status)
        throws IOException {
      long imported = 0;
      List<CsvRow> batch = new ArrayList<>(dataset.batchSize());
      if (session instanceof DatasetImport.StagedSession staged) {
        try {
          imported =
              staged.writeStaged(
                  rows -> {
                    stopIfCancelled(job);
                    job.written.addAndGet(rows);
                  });
        } catch (RuleViolation | StateConflict refusal) {
          status.setRollbackOnly();
          return refused(refusal, 0);
        }
        ImportResult result = new ImportResult(imported, List.of());
        audited(this, result);
        return result;
      }
      try (CSVParser parser = IN.parse(Files.newBufferedReader(spool))) {
        for (CSVRecord record : parser) {
          Map<String, String> values = record.toMap();
          stopIfCancelled(job);
          batch.add(new CsvRow(Long.parseLong(values.remove(ROW)), values, dates, this::message));
          if (batch.size() == dataset.batchSize()) {
            imported += writeBatch(session, batch);
          }
        }
        imported += writeBatch(session, batch);
      } catch (RuleViolation | StateConflict refusal) {
        // a rule the batch breaks, or a state it does not fit (e.g. the budget account's period)
        status.setRollbackOnly();
        return refused(refusal, batch.isEmpty() ? 0 : batch.get(0).number());
      }
      ImportResult result = new ImportResult(imported, List.of());
      audited(this, result);
      return result;
    }

    private ImportResult refused(RuntimeException refusal, long row) {
      org.springframework.context.MessageSourceResolvable r =
          (org.springframework.context.MessageSourceResolvable) refusal;
      String text = message(r.getCodes()[0], r.getArguments());
      String field = refusal instanceof RuleViolation v ? String.valueOf(v.field()) : "";
      return new ImportResult(
          0,
          List.of(new RowError(row, field, message("imports.error.refused", new Object[] {text}))));
    }

    private int writeBatch(DatasetImport.Session session, List<CsvRow> batch) {
      if (batch.isEmpty()) {
        return 0;
      }
      int written = session.write(batch);
      entities.flush();
      entities.clear();
      job.written.addAndGet(batch.size());
      batch.clear();
      return written;
    }

    private int room() {
      return MAX_ERRORS - errors.size();
    }

    private String message(String key, Object[] args) {
      return messages.getMessage(key, args, key, locale);
    }

    void deleteSpool() {
      try {
        if (spool != null) {
          Files.deleteIfExists(spool);
        }
      } catch (IOException e) {
        spool.toFile().deleteOnExit();
      }
    }
  }

  private static Reader reader(InputStream body) throws IOException {
    BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3
        && (bom[0] & 0xFF) == 0xEF
        && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
