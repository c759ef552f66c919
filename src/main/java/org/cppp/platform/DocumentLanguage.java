package org.cppp.platform;

import java.util.Locale;

/**
 * The language a document (a PDF) is made in, one of the three, chosen by the reader apart from the
 * site's: a page sends it as {@code docLang}, never as {@code lang}, which would switch the
 * reader's pages too.
 */
public final class DocumentLanguage {

  private DocumentLanguage() {}

  /**
   * The document language a tag names ({@code en}, {@code zh-HK}, {@code zh-CN}, or a near one such
   * as {@code zh-TW}); without a tag, the page's language. Anything else is English.
   */
  public static Locale of(String tag, Locale page) {
    if (tag == null || tag.isBlank()) {
      return WebConfiguration.SupportedLocaleResolver.supported(page);
    }
    String t = tag.strip().replace('_', '-');
    return WebConfiguration.SupportedLocaleResolver.supported(
        t.length() > 20 ? Locale.ENGLISH : Locale.forLanguageTag(t));
  }
}
