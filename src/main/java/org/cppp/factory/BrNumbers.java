package org.cppp.factory;

import java.util.regex.Pattern;

/** Hong Kong business registration (BR) numbers as the register keeps them: exactly 8 digits. */
public final class BrNumbers {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{8}");

  private BrNumbers() {}

  /** Whether the text is a BR number: exactly eight ASCII digits, nothing else. */
  public static boolean valid(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  /** The text without surrounding blanks, or {@code null} when blank. */
  public static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
