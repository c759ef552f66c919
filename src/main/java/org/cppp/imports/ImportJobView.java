package org.cppp.imports;

/**
 * A running or finished import: rows read and checked (first pass), rows written (second pass).
 *
 * @param result {@code null} while running
 */
public record ImportJobView(
    String id,
    String dataset,
    boolean finished,
    long read,
    long validated,
    long written,
    ImportResult result) {}
