package org.cppp.platform;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text a user sends holds no control characters (a NUL byte, an escape, a backspace): the database
 * cannot store some and none belongs in a name or a note. Tab and line breaks stay, for multi-line
 * fields. Every page form field and request parameter is checked here, as it is bound (a refused
 * value is a binding error on its field, message {@code typeMismatch.java.lang.String}); every JSON
 * string by {@link TextInputJson}.
 */
@ControllerAdvice
public final class TextInput {

  TextInput() {}

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

  @InitBinder
  void refuseControlCharacters(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new Editor());
  }

  /** Binds a string as sent, or refuses it (as a value of the wrong format) when it is not text. */
  private static final class Editor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      if (text != null && hasControlCharacter(text)) {
        throw new IllegalArgumentException("control character in text");
      }
      setValue(text);
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }
}
