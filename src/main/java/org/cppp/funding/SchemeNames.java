package org.cppp.funding;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.support.AbstractMessageSource;

/**
 * Names a scheme the message bundles do not know (one defined as data) from the catalogue, so every
 * page's {@code #{'scheme.' + code}} reads it in the reader's language. Parent of the application's
 * message source: the bundles keep the launch schemes' names. Reads the catalogue held in memory
 * ({@link SchemeCache}): a page naming a scheme per row asks no query.
 */
final class SchemeNames extends AbstractMessageSource {

  private static final String PREFIX = "scheme.";

  private final SchemeCache catalogue;

  SchemeNames(SchemeCache catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    if (code == null || !code.startsWith(PREFIX)) {
      return null;
    }
    Scheme scheme;
    try {
      scheme = Scheme.valueOf(code.substring(PREFIX.length()));
    } catch (IllegalArgumentException notASchemeCode) {
      return null;
    }
    return catalogue.find(scheme).map(d -> d.name(locale)).orElse(null);
  }

  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    String name = resolveCodeWithoutArguments(code, locale);
    return name == null ? null : createMessageFormat(name, locale);
  }
}
