package org.cppp.platform;

import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the JSON field an unreadable request body went wrong at, e.g. {@code schemes[1].share}. */
final class JsonErrorPaths {

  private JsonErrorPaths() {}

  static String fieldOf(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
        return path(json);
      }
    }
    return null;
  }

  /** Whether the body went wrong at a field its endpoint does not take. */
  static boolean unknownField(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnrecognizedPropertyException) {
        return true;
      }
    }
    return false;
  }

  private static String path(JacksonException json) {
    StringJoiner joiner = new StringJoiner(".");
    StringBuilder current = null;
    for (JacksonException.Reference ref : json.getPath()) {
      if (ref.getPropertyName() != null) {
        if (current != null) {
          joiner.add(current);
        }
        current = new StringBuilder(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        if (current == null) {
          current = new StringBuilder();
        }
        current.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (current != null) {
      joiner.add(current);
    }
    return joiner.toString();
  }
}
