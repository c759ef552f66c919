package org.cppp.recognition;

import java.util.List;

/** A published cycle's recognised partners, grouped by category in the categories' order. */
public record PublishedResults(int year, String title, List<CategoryGroup> groups) {

  /** The recognised partners of one category. */
  public record CategoryGroup(CategoryView category, List<RecognisedPartner> partners) {}
}
