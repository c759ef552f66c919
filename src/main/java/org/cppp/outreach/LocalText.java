package org.cppp.outreach;

import java.util.Locale;

/** A text in English, Traditional Chinese (Hong Kong) and Simplified Chinese. */
public record LocalText(String en, String zhHk, String zhCn) {

  /**
   * The text in this language, falling back to another language when it is blank (a missing
   * Simplified text is the Traditional one converted).
   */
  public String in(Locale locale) {
    return pick(locale, en, zhHk, zhCn);
  }

  static String pick(Locale locale, String en, String zhHk, String zhCn) {
    String chosen;
    if (locale != null && "zh".equals(locale.getLanguage())) {
      chosen =
          "CN".equals(locale.getCountry()) ? first(zhCn, Simplified.of(zhHk)) : first(zhHk, zhCn);
    } else {
      chosen = en;
    }
    return first(chosen, first(en, first(zhHk, zhCn)));
  }

  private static String first(String a, String b) {
    return a == null || a.isBlank() ? b : a;
  }
}
