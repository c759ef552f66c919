package org.cppp.identity;

import java.util.Locale;

/** A user's language: the one every mail to them is written in. */
public enum Language {
  EN("en"),
  ZH_HK("zh-HK"),
  ZH_CN("zh-CN");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The tag kept in the database and used on pages: {@code en}, {@code zh-HK}, {@code zh-CN}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** The language of a page's locale: Simplified for mainland Chinese, else Traditional. */
  public static Language of(Locale locale) {
    if (locale == null || !"zh".equals(locale.getLanguage())) {
      return EN;
    }
    boolean simplified = "CN".equals(locale.getCountry()) || "Hans".equals(locale.getScript());
    return simplified ? ZH_CN : ZH_HK;
  }

  /** The language of a stored tag; English for an unknown one. */
  public static Language ofTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equals(tag)) {
        return language;
      }
    }
    return EN;
  }
}
