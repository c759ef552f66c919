package org.cppp.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Names the column of a header row the CSV parser refused, e.g. {@code "br_number"x} (a stray quote
 * after a quoted name): the file's start is kept, so the header line can be read again and each
 * name tried on its own.
 */
final class BrokenHeader {

  /** How much of a file's start is kept: a header row is far shorter. */
  private static final int KEPT = 1 << 16;

  private static final CSVFormat SPLIT_ONLY = CSVFormat.DEFAULT.builder().setQuote(null).get();

  private BrokenHeader() {}

  /** The file, with its start kept for {@link #culprit}. */
  static BufferedReader keepingStart(Reader file) throws IOException {
    BufferedReader in = new BufferedReader(file, KEPT);
    in.mark(KEPT);
    return in;
  }

  /** The first column name that is not valid CSV on its own; empty when none can be told. */
  static String culprit(BufferedReader file) {
    try {
      file.reset();
      char[] start = new char[KEPT];
      int read = file.read(start);
      String header = new String(start, 0, Math.max(read, 0)).lines().findFirst().orElse("");
      try (CSVParser names = SPLIT_ONLY.parse(new StringReader(header))) {
        for (CSVRecord record : names) {
          for (String name : record) {
            if (!readable(name)) {
              return name.strip();
            }
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // The parser read past the kept start: the column cannot be told, the row still can.
    }
    return "";
  }

  private static boolean readable(String name) {
    try (CSVParser one = CSVFormat.DEFAULT.parse(new StringReader(name))) {
      one.getRecords();
      return true;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
