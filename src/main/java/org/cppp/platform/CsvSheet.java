package org.cppp.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for people to open in a spreadsheet: every CSV the system hands out is written here. A
 * text cell that a spreadsheet would run as a formula (it begins with {@code = + - @}, a tab or a
 * carriage return, e.g. a factory named {@code =HYPERLINK("http://x")}) is written with a leading
 * {@code '}, so it shows as the text it is; a plain number ({@code -12.50}) stays a number. RFC
 * 4180 quoting, CRLF line ends, header row first.
 */
public final class CsvSheet {

  /** The type every CSV download is sent as. */
  public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private final StringWriter out = new StringWriter();
  private final CSVPrinter printer;

  public CsvSheet(List<String> header) {
    try {
      printer =
          CSVFormat.DEFAULT
              .builder()
              .setHeader(header.stream().map(CsvSheet::cell).toArray(String[]::new))
              .get()
              .print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CsvSheet(String... header) {
    this(List.of(header));
  }

  /** Adds a row; {@code null} is an empty cell. */
  public CsvSheet row(Object... cells) {
    return row(Arrays.asList(cells));
  }

  /** Adds a row; {@code null} is an empty cell. */
  public CsvSheet row(List<?> cells) {
    try {
      printer.printRecord(cells.stream().map(CsvSheet::cell));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The file's text so far. */
  public String text() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The cell as written: a number as plain digits (never in exponent notation, {@code 1.5E7} is
   * {@code 15000000}), a text that could run as a formula quoted.
   */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      return BigDecimal.valueOf(((Number) value).doubleValue())
          .stripTrailingZeros()
          .toPlainString();
    }
    String text = value.toString();
    boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    return formula && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
  }
}
