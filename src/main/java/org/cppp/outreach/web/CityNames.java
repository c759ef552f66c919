package org.cppp.outreach.web;

import java.util.List;
import java.util.Locale;
import org.cppp.outreach.City;
import org.springframework.context.i18n.LocaleContextHolder;

/** Looks up a city's name in the page's language, for templates: {@code ${cities.name(code)}}. */
public record CityNames(List<City> all) {

  public String name(String code) {
    Locale locale = LocaleContextHolder.getLocale();
    return all.stream()
        .filter(c -> c.code().equals(code))
        .map(c -> c.name(locale))
        .findFirst()
        .orElse(code);
  }
}
