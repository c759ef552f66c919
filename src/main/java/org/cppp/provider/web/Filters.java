package org.cppp.provider.web;

import java.util.Locale;

/** Reads a filter's enum value leniently: an unknown or empty value means "any". */
final class Filters {

  private Filters() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
