package org.cppp.committee;

import java.util.Locale;

/** An organisation represented on the committee, named in three languages. */
public record OrganisationView(
    String code, String nameEn, String nameZhHk, String nameZhCn, boolean tradeAssociation) {

  /** The name in a reader's language (Traditional Chinese for zh-HK/zh-TW, Simplified for zh). */
  public String name(Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return nameEn;
    }
    String tag = locale.toLanguageTag();
    return tag.contains("CN") || tag.contains("Hans") ? nameZhCn : nameZhHk;
  }
}
