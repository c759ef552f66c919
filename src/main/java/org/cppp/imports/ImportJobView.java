package org.cppp.imports;

/**
 * A running or finished import: rows read and checked (first pass), rows written (second pass).
 *
 * @param cancelled whether it was cancelled (nothing was saved)
 * @param total rows in the file, or -1 when not known (a streamed upload)
 * @param percent how far it is (0-100), or null when the total is not known
 * @param result {@code null} while running
 */
public record ImportJobView(
    String id,
    String dataset,
    boolean finished,
    boolean cancelled,
    long total,
    long read,
    long validated,
    long written,
    Integer percent,
    ImportResult result) {}
