package org.cppp.application;

import jakarta.validation.constraints.NotNull;

/**
 * Under what a funding decision is recorded: a held meeting's agenda item, a closed circulation, or
 * a delegated authority the committee resolved. The committee module verifies it ({@link
 * DecisionAuthorities}); a decision without one is refused.
 *
 * @param id the agenda item's, the circulation's or the delegated authority's id
 */
public record DecisionAuthority(@NotNull Route route, long id) {

  /** The three routes by which the committee's decision reaches an application. */
  public enum Route {
    /** A held meeting's decision on an agenda item, with its quorum and recusals. */
    MEETING_ITEM,
    /** A closed circulation that met its quorum and majority. */
    CIRCULATION,
    /** An officer's decision under a delegated authority the committee resolved. */
    DELEGATED;

    /** Whether one authority of this route decides one application once only. */
    public boolean singleUse() {
      return this != DELEGATED;
    }
  }

  public static DecisionAuthority meetingItem(long itemId) {
    return new DecisionAuthority(Route.MEETING_ITEM, itemId);
  }

  public static DecisionAuthority circulation(long circulationId) {
    return new DecisionAuthority(Route.CIRCULATION, circulationId);
  }

  public static DecisionAuthority delegated(long authorityId) {
    return new DecisionAuthority(Route.DELEGATED, authorityId);
  }
}
