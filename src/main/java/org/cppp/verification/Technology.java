package org.cppp.verification;

import java.util.Locale;
import org.cppp.shared.TechnologyCategory;
import org.cppp.shared.Translations;

/**
 * A named technology of the vocabulary a verified measure may record (e.g. {@code VSD_MOTORS_PUMPS}
 * under energy saving), with its name in the three languages.
 */
public record Technology(
    String code, TechnologyCategory category, String nameEn, String nameZhHk, String nameZhCn) {

  /** The name in the reader's language of the three. */
  public String name(Locale locale) {
    return Translations.pick(locale, nameEn, nameZhHk, nameZhCn);
  }
}
