package org.cppp.platform;

import java.io.Serializable;

/**
 * One line the layout shows above a page: an action done ({@code success}) or refused, as text in
 * the reader's language ({@link Notices}).
 */
public record Notice(boolean success, String text) implements Serializable {

  public static Notice success(String text) {
    return new Notice(true, text);
  }

  public static Notice failure(String text) {
    return new Notice(false, text);
  }
}
