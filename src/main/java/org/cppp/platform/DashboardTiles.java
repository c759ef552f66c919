package org.cppp.platform;

import java.util.List;
import java.util.Set;

/**
 * A module's contribution to the signed-in home page: counts and links relevant to the user's
 * roles, computed from real data.
 */
public interface DashboardTiles {

  /** The tiles this module shows to a user with these roles (names without {@code ROLE_}). */
  List<Tile> tilesFor(Set<String> roles);

  /**
   * One figure with a link.
   *
   * @param messageKey the label's message key
   * @param value the figure
   * @param link where the figure's detail is
   * @param order position, lower first
   * @param valueKey a message key shown instead of the figure (a state, not a count), or null
   */
  record Tile(String messageKey, long value, String link, int order, String valueKey) {

    public Tile(String messageKey, long value, String link, int order) {
      this(messageKey, value, link, order, null);
    }
  }
}
