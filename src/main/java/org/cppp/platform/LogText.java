package org.cppp.platform;

import java.util.regex.Pattern;

/**
 * Text from users made safe for one log line: control characters (new lines, escapes, bidi
 * overrides) become a space, so a name cannot forge a log entry.
 */
public final class LogText {

  private static final int MAX = 200;

  /**
   * Every control character, C1 ones included (U+0085 NEXT LINE ends a line for many log readers,
   * U+009B opens a terminal escape), format characters and the Unicode line and paragraph breaks.
   */
  private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");

  private LogText() {}

  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String cleaned = CONTROLS.matcher(text).replaceAll(" ");
    return cleaned.length() > MAX ? cleaned.substring(0, MAX) + "…" : cleaned;
  }

  /** Only the domain of an e-mail address, enough to tell where a mail went. */
  public static String domainOf(String address) {
    if (address == null) {
      return "";
    }
    int at = address.lastIndexOf('@');
    return clean(at < 0 ? "?" : address.substring(at + 1));
  }
}
