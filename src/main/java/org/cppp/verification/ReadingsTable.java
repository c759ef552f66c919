package org.cppp.verification;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cppp.shared.DateInput;
import org.cppp.shared.DecimalInput;
import org.cppp.shared.RuleViolation;

/**
 * Reads a table of readings: header {@code from,to,<CARRIER codes>,<variable names>} (and {@value
 * #VOC_COLUMN} with solvent), one row per period. Checks every cell and answers every mistake with
 * its row and column, or the readings and variable values when there is none.
 */
final class ReadingsTable {

  static final String FROM = "from";
  static final String TO = "to";
  static final String VOC_COLUMN = "SOLVENT_VOC_PCT";
  static final int MAX_ERRORS = 1000;
  static final int MAX_ROWS = 5000;
  private static final int DECIMALS = 4;

  /** The readings of a table, or its mistakes. */
  record Parsed(
      Set<Carrier> carriers,
      List<Reading> readings,
      List<VariableValue> values,
      long periods,
      List<ReadingError> errors) {}

  private final CaseView spec;
  private final DateInput dates;
  private final BiFunction<String, Object[], String> messages;
  private final List<ReadingError> errors = new ArrayList<>();
  private final Set<Carrier> carriers = EnumSet.noneOf(Carrier.class);
  private final List<Reading> readings = new ArrayList<>();
  private final List<VariableValue> values = new ArrayList<>();
  private final Map<Period, Long> periods = new LinkedHashMap<>();

  private ReadingsTable(
      CaseView spec, DateInput dates, BiFunction<String, Object[], String> messages) {
    this.spec = spec;
    this.dates = dates;
    this.messages = messages;
  }

  /**
   * @param delimiter {@code ','} for CSV, {@code '\t'} for rows pasted from a spreadsheet
   * @param dates reads the table's dates in the range plausible today
   * @param messages resolves a message key with arguments in the reader's language
   */
  static Parsed parse(
      Reader body,
      char delimiter,
      CaseView spec,
      DateInput dates,
      BiFunction<String, Object[], String> messages) {
    return new ReadingsTable(spec, dates, messages).read(body, delimiter);
  }

  private Parsed read(Reader body, char delimiter) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = format.parse(body)) {
      List<String> header = parser.getHeaderNames();
      if (header(header)) {
        for (CSVRecord record : parser) {
          if (record.getRecordNumber() > MAX_ROWS) {
            reject(record.getRecordNumber(), "", "too-many", MAX_ROWS);
            break;
          }
          row(record, header);
          if (errors.size() >= MAX_ERRORS) {
            break;
          }
        }
      }
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      reject(0, "", "malformed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (errors.isEmpty() && periods.isEmpty()) {
      reject(1, FROM, "empty");
    }
    List<ReadingError> found = errors.subList(0, Math.min(errors.size(), MAX_ERRORS));
    return new Parsed(carriers, readings, values, periods.size(), found);
  }

  private boolean header(List<String> header) {
    for (String required : List.of(FROM, TO)) {
      if (!header.contains(required)) {
        reject(0, required, "missing-column");
      }
    }
    for (String variable : spec.variables()) {
      if (!header.contains(variable)) {
        reject(0, variable, "missing-column");
      }
    }
    for (Carrier carrier : spec.carriers()) {
      if (!header.contains(carrier.name())) {
        reject(0, carrier.name(), "missing-column");
      }
    }
    for (String column : header) {
      Carrier carrier = carrierOf(column);
      if (carrier != null) {
        carriers.add(carrier);
      } else if (!column.equals(FROM)
          && !column.equals(TO)
          && !column.equals(VOC_COLUMN)
          && !spec.variables().contains(column)) {
        reject(0, column, "unknown-column");
      }
    }
    if (carriers.isEmpty()) {
      reject(0, "", "no-carrier");
    }
    if (carriers.contains(Carrier.SOLVENT_KG) != header.contains(VOC_COLUMN)) {
      reject(0, VOC_COLUMN, "voc-column");
    }
    return errors.isEmpty();
  }

  private void row(CSVRecord record, List<String> header) {
    long row = record.getRecordNumber();
    if (!record.isConsistent()) {
      reject(row, "", "columns", record.size(), header.size());
      return;
    }
    int before = errors.size();
    Period period = period(record, row);
    Map<Carrier, BigDecimal> quantities = new LinkedHashMap<>();
    for (Carrier carrier : carriers) {
      BigDecimal q = number(record, row, carrier.name(), true);
      if (q != null) {
        quantities.put(carrier, q);
      }
    }
    BigDecimal voc = null;
    if (carriers.contains(Carrier.SOLVENT_KG)) {
      voc = number(record, row, VOC_COLUMN, true);
      if (voc != null && voc.compareTo(BigDecimal.valueOf(100)) > 0) {
        reject(row, VOC_COLUMN, "percent", voc.toPlainString());
      }
    }
    Map<String, BigDecimal> vars = new LinkedHashMap<>();
    for (String variable : spec.variables()) {
      BigDecimal v = number(record, row, variable, false);
      if (v != null) {
        vars.put(variable, v);
      }
    }
    if (errors.size() > before || period == null) {
      return;
    }
    periods.put(period, row);
    BigDecimal vocPct = voc;
    quantities.forEach(
        (c, q) -> readings.add(new Reading(period, c, q, c == Carrier.SOLVENT_KG ? vocPct : null)));
    vars.forEach((name, v) -> values.add(new VariableValue(period, name, v)));
  }

  private Period period(CSVRecord record, long row) {
    LocalDate from = date(record.get(FROM), row, FROM);
    LocalDate to = date(record.get(TO), row, TO);
    if (from == null || to == null) {
      return null;
    }
    if (to.isBefore(from)) {
      reject(row, TO, "order");
      return null;
    }
    Period period = new Period(from, to);
    if (!spec.baseline().contains(period) && !spec.reporting().contains(period)) {
      reject(
          row,
          FROM,
          "outside",
          spec.baseline().from(),
          spec.baseline().to(),
          spec.reporting().from(),
          spec.reporting().to());
      return null;
    }
    for (Map.Entry<Period, Long> earlier : periods.entrySet()) {
      if (earlier.getKey().overlaps(period)) {
        reject(row, FROM, "overlap", earlier.getValue());
        return null;
      }
    }
    return period;
  }

  private LocalDate date(String value, long row, String column) {
    if (value == null || value.isBlank()) {
      reject(row, column, "required");
      return null;
    }
    try {
      return dates.parse(column, value, CasePeriods.MEASURED_FROM);
    } catch (RuleViolation e) {
      reject(row, column, "input.date.range".equals(e.messageKey()) ? "date-range" : "date", value);
      return null;
    }
  }

  private BigDecimal number(CSVRecord record, long row, String column, boolean nonNegative) {
    String value = record.get(column);
    if (value == null || value.isBlank()) {
      reject(row, column, "required");
      return null;
    }
    try {
      BigDecimal number = DecimalInput.parse(column, value, DecimalInput.INTEGER_DIGITS, DECIMALS);
      if (!nonNegative || number.signum() >= 0) {
        return number;
      }
      reject(row, column, "negative", value);
    } catch (RuleViolation e) {
      reject(row, column, "number", value);
    }
    return null;
  }

  private static Carrier carrierOf(String column) {
    for (Carrier carrier : Carrier.values()) {
      if (carrier.name().equals(column)) {
        return carrier;
      }
    }
    return null;
  }

  private void reject(long row, String column, String key, Object... args) {
    errors.add(new ReadingError(row, column, messages.apply("verification.csv." + key, args)));
  }
}
