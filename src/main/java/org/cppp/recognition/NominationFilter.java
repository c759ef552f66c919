package org.cppp.recognition;

/**
 * Which nominations of a cycle to list: by text in the name, category and outcome (any if null).
 */
public record NominationFilter(String text, String category, Outcome outcome) {

  public static NominationFilter all() {
    return new NominationFilter(null, null, null);
  }
}
