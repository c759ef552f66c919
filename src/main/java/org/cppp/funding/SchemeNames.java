package org.cppp.funding;

import java.text.MessageFormat;
import java.util.Locale;
import org.cppp.shared.RuleViolation;
import org.springframework.context.support.AbstractMessageSource;

/**
 * Names a scheme the message bundles do not know (one defined as data) from the catalogue, so every
 * page's {@code #{'scheme.' + code}} reads it in the reader's language. Parent of the application's
 * message source: the bundles keep the launch schemes' names.
 */
final class SchemeNames extends AbstractMessageSource {

  private static final String PREFIX = "scheme.";

  private final FundingRules rules;

  SchemeNames(FundingRules rules) {
    this.rules = rules;
  }

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    if (code == null || !code.startsWith(PREFIX)) {
      return null;
    }
    try {
      return rules.scheme(code.substring(PREFIX.length())).name(locale);
    } catch (RuleViolation unknown) {
      return null;
    }
  }

  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    String name = resolveCodeWithoutArguments(code, locale);
    return name == null ? null : createMessageFormat(name, locale);
  }
}
