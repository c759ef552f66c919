package org.cppp.platform;

import java.util.Set;

/**
 * An entry of the navigation bar, contributed by a module as a bean. Shown to users holding any of
 * {@code roles} (role names without the {@code ROLE_} prefix); an empty set means everyone, signed
 * in or not.
 *
 * @param messageKey the label's message key
 * @param path the link, e.g. {@code /factories}
 * @param roles who sees it; empty: everyone
 * @param order position, lower first
 * @param group the message key of the menu it sits in (so the bar stays on one row); null: on the
 *     bar itself
 */
public record NavItem(String messageKey, String path, Set<String> roles, int order, String group) {

  /** The menu of funding rules and the budget. */
  public static final String FUNDING = "nav.group.funding";

  /** The menu of outreach and recognition work. */
  public static final String OUTREACH = "nav.group.outreach";

  /** The menu of administration. */
  public static final String ADMINISTRATION = "nav.group.administration";

  public NavItem {
    roles = Set.copyOf(roles);
  }

  /** An entry on the bar itself. */
  public NavItem(String messageKey, String path, Set<String> roles, int order) {
    this(messageKey, path, roles, order, null);
  }

  boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }

  /** Whether this entry is the page at this path, or a page under it. */
  boolean covers(String requestPath) {
    return requestPath.equals(path) || requestPath.startsWith(path + "/");
  }
}
