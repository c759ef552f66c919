package org.cppp.platform;

/**
 * Text from users made safe for one log line: control characters (new lines, escapes, bidi
 * overrides) become a space, so a name cannot forge a log entry.
 */
public final class LogText {

  private static final int MAX = 200;

  private LogText() {}

  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String cleaned = text.replaceAll("[\\p{Cntrl}\\p{Cf}\\u2028\\u2029]", " ");
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
