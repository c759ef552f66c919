package org.cppp.outreach;

import java.util.Locale;

/** A city where activities are held (Hong Kong or a PRD city), with its names. */
public record City(String code, String nameEn, String nameZhHk, String nameZhCn) {

  /** The name in this language. */
  public String name(Locale locale) {
    return LocalText.pick(locale, nameEn, nameZhHk, nameZhCn);
  }
}
