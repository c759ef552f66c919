package org.cppp.shared;

import java.util.Locale;

/**
 * A name kept as data in the programme's three languages: the one rule that picks the reader's (a
 * Chinese locale of China, or in Simplified script, reads Simplified; any other Chinese reads
 * Traditional; English otherwise, and whenever a translation is missing).
 */
public final class Translations {

  private Translations() {}

  /** The name in the reader's language of the three; English when none is recorded. */
  public static String pick(Locale locale, String english, String zhHk, String zhCn) {
    String translated = null;
    if (locale != null && "zh".equals(locale.getLanguage())) {
      boolean simplified = "CN".equals(locale.getCountry()) || "Hans".equals(locale.getScript());
      translated = simplified ? zhCn : zhHk;
    }
    return translated == null || translated.isBlank() ? english : translated;
  }
}
