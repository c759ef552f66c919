package org.cppp.reporting.web;

import java.time.LocalDate;
import java.util.Locale;
import org.cppp.platform.Attachments;
import org.cppp.platform.DocumentLanguage;
import org.cppp.reporting.ReportFile;
import org.cppp.shared.FinancialYear;
import org.springframework.http.ResponseEntity;

/** Reading a report's year and language from a request, and sending a report file. */
final class ReportParams {

  private ReportParams() {}

  /**
   * The financial year starting in {@code year}; none: the last financial year finished on {@code
   * today}.
   */
  static FinancialYear year(Integer year, LocalDate today) {
    if (year == null) {
      return FinancialYear.of(FinancialYear.containing(today).startYear() - 1);
    }
    return FinancialYear.given("year", year, today);
  }

  /** One of the three languages of the programme ({@link DocumentLanguage}); English otherwise. */
  static Locale language(String tag) {
    return DocumentLanguage.of(tag, Locale.ENGLISH);
  }

  /** Language of a page's locale, kept to the three. */
  static Locale language(Locale locale) {
    return DocumentLanguage.of(null, locale);
  }

  static ResponseEntity<byte[]> download(ReportFile file) {
    return Attachments.of(file.filename(), file.contentType(), file.content());
  }
}
