package org.cppp.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rows of a CSV file on disk, counted before an import so its progress has a total: lines after
 * the header (a quoted field that spans lines makes it an estimate, never shown above 99%). Reads
 * bytes only, a 90 MB file in well under a second.
 */
final class RowCount {

  private RowCount() {}

  static long of(Path file) {
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (last != '\n') {
      lines++;
    }
    return Math.max(0, lines - 1);
  }
}
