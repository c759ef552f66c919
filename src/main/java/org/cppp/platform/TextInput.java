package org.cppp.platform;

import org.cppp.shared.RuleViolation;

/**
 * The one check of text a user sends: it holds no control characters (a NUL byte, an escape, a
 * backspace), because the database cannot store some and none belongs in a name or a note. Tab and
 * line breaks stay, for multi-line fields. Page form fields and request parameters are checked as
 * they are bound ({@link InputBinding}), JSON strings as they are read ({@link InputJson}),
 * imported text columns by the import; a refusal names the field as numbers and dates do.
 */
public final class TextInput {

  private TextInput() {}

  /**
   * Whether the text holds a control character other than tab, line feed and carriage return; an
   * imported file's text is checked with this too.
   */
  public static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text itself ({@code null} stays {@code null}).
   *
   * @throws RuleViolation naming {@code field} when it holds a control character
   */
  static String checked(String field, String text) {
    if (text != null && hasControlCharacter(text)) {
      throw new RuleViolation(field, "input.text.control");
    }
    return text;
  }
}
