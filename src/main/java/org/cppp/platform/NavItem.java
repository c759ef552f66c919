package org.cppp.platform;

import java.util.Set;

/**
 * An entry of the navigation bar, contributed by a module as a bean. Shown to users holding any of
 * {@code roles} (role names without the {@code ROLE_} prefix); an empty set means everyone, signed
 * in or not.
 *
 * @param messageKey the label's message key
 * @param path the link, e.g. {@code /factories}
 * @param order position, lower first
 */
public record NavItem(String messageKey, String path, Set<String> roles, int order) {

  public NavItem {
    roles = Set.copyOf(roles);
  }

  boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }
}
