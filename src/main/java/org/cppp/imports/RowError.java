package org.cppp.imports;

/**
 * A mistake in an imported file.
 *
 * @param row the data row (the first after the header is 1; 0 means the header)
 * @param column the column's header name
 */
public record RowError(long row, String column, String message) {}
