package org.cppp.factory;

import java.util.Locale;

/** A city factories may be located in, with its names in the three languages. */
public record CityView(
    String code, String nameEn, String nameZhHk, String nameZhCn, String province) {

  /** The city's name in this language. */
  public String name(Locale locale) {
    if (locale != null && "zh".equals(locale.getLanguage())) {
      boolean simplified = "CN".equals(locale.getCountry()) || "Hans".equals(locale.getScript());
      return simplified ? nameZhCn : nameZhHk;
    }
    return nameEn;
  }
}
