package org.cppp.verification.web;

import java.util.List;
import java.util.Locale;
import org.cppp.verification.ReadingError;
import org.springframework.context.MessageSource;

/**
 * The mistakes of a pasted or uploaded table as sentences that name the row (counted from the first
 * row under the header, or the header itself) and the column as its header names it, in the
 * reader's language.
 */
final class ReadingErrors {

  private ReadingErrors() {}

  static List<String> texts(List<ReadingError> errors, MessageSource messages, Locale locale) {
    return errors.stream().map(e -> text(e, messages, locale)).toList();
  }

  private static String text(ReadingError e, MessageSource messages, Locale locale) {
    boolean column = e.column() != null && !e.column().isEmpty();
    String key =
        "verification.readings.error."
            + (e.row() == 0 ? "header" : "row")
            + (column ? ".column" : "");
    Object[] args =
        e.row() == 0
            ? (column ? new Object[] {e.column(), e.message()} : new Object[] {e.message()})
            : (column
                ? new Object[] {String.valueOf(e.row()), e.column(), e.message()}
                : new Object[] {String.valueOf(e.row()), e.message()});
    return messages.getMessage(key, args, locale);
  }
}
