package org.cppp.verification;

/**
 * A mistake in uploaded readings, in the shape the legacy imports use.
 *
 * @param row the data row (the first after the header is 1; 0 means the header)
 * @param column the column's header name
 */
public record ReadingError(long row, String column, String message) {}
