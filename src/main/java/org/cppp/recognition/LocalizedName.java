package org.cppp.recognition;

import java.util.Locale;

/** A name in English, Traditional Chinese (Hong Kong) and Simplified Chinese. */
public record LocalizedName(String en, String zhHk, String zhCn) {

  /** The name in this language; English for any language but Chinese. */
  public String in(Locale locale) {
    if (locale == null || !"zh".equals(locale.getLanguage())) {
      return en;
    }
    boolean simplified = "CN".equals(locale.getCountry()) || "Hans".equals(locale.getScript());
    return simplified ? zhCn : zhHk;
  }
}
