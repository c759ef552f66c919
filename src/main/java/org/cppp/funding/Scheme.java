package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A funded scheme, named by its code in the scheme catalogue ({@link FundingRules#schemes()}). The
 * catalogue, not this type, says what a scheme is (its initiative, who may apply, whether a
 * committee decides it); the constants name the three launch schemes, for the historical record and
 * the demo programme. Parsing checks the code's form only; {@link FundingRules#scheme(String)}
 * checks that the catalogue defines it.
 *
 * @param code upper-case letters, digits and underscores, at most 30 characters
 */
public record Scheme(String code) implements Comparable<Scheme> {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

  /** An ET provider assesses a factory and proposes improvements. */
  public static final Scheme ON_SITE_ASSESSMENT = new Scheme("ON_SITE_ASSESSMENT");

  /** Equipment installed or a process changed, cost shared with the Government. */
  public static final Scheme DEMONSTRATION_PROJECT = new Scheme("DEMONSTRATION_PROJECT");

  /** HKPC verifies, as independent third party, an implemented improvement. */
  public static final Scheme VERIFICATION = new Scheme("VERIFICATION");

  private static final List<Scheme> LAUNCH =
      List.of(ON_SITE_ASSESSMENT, DEMONSTRATION_PROJECT, VERIFICATION);

  public Scheme {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a scheme code: " + code);
    }
  }

  /**
   * The scheme of a code; refuses (as {@link IllegalArgumentException}) a code of the wrong form. A
   * launch scheme's code gives its constant.
   */
  @JsonCreator
  public static Scheme valueOf(String code) {
    String trimmed = code == null ? null : code.trim();
    return LAUNCH.stream()
        .filter(s -> s.code.equals(trimmed))
        .findFirst()
        .orElseGet(() -> new Scheme(trimmed));
  }

  /** The three schemes the programme launched with in 2008, in their order. */
  public static List<Scheme> launchSchemes() {
    return LAUNCH;
  }

  /** The code, as stored and as sent in JSON. */
  @JsonValue
  public String name() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }

  /** The launch schemes first, in their order, then the others by code. */
  @Override
  public int compareTo(Scheme other) {
    int mine = LAUNCH.indexOf(this);
    int theirs = LAUNCH.indexOf(other);
    if (mine >= 0 || theirs >= 0) {
      return Integer.compare(
          mine < 0 ? Integer.MAX_VALUE : mine, theirs < 0 ? Integer.MAX_VALUE : theirs);
    }
    return code.compareTo(other.code);
  }
}
