package org.cppp.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: the navigation for the user's roles and language links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

  private final List<NavItem> items;

  LayoutModel(List<NavItem> items) {
    this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
  }

  /**
   * The navigation bar: a signed-in user's work (public pages move to the footer, so the bar stays
   * short); a visitor's public pages.
   */
  @ModelAttribute("navItems")
  List<NavItem> navItems(Authentication authentication) {
    if (!signedIn(authentication)) {
      return publicItems();
    }
    Set<String> roles = Roles.of(authentication);
    return items.stream().filter(item -> !item.roles().isEmpty() && item.visibleTo(roles)).toList();
  }

  /**
   * The bar's entries in order: a single link, or a menu holding the items of one {@link
   * NavItem#group()} where the menu's first item would be.
   */
  @ModelAttribute("navEntries")
  List<NavEntry> navEntries(Authentication authentication) {
    Map<String, List<NavItem>> groups = new LinkedHashMap<>();
    for (NavItem item : navItems(authentication)) {
      String key = item.group() == null ? "item:" + item.path() : item.group();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }
    return groups.values().stream()
        .map(members -> new NavEntry(members.get(0).group(), members))
        .toList();
  }

  /**
   * The path of the entry that is the current page (the longest one the request's path starts
   * with), so the bar can mark it; null when none is.
   */
  @ModelAttribute("currentNav")
  String currentNav(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return items.stream()
        .filter(item -> item.covers(path))
        .map(NavItem::path)
        .max(Comparator.comparingInt(String::length))
        .orElse(null);
  }

  /** The public site's pages, linked from every page's footer. */
  @ModelAttribute("publicItems")
  List<NavItem> publicItems() {
    return items.stream().filter(item -> item.roles().isEmpty()).toList();
  }

  @ModelAttribute("languageLinks")
  List<LanguageLink> languageLinks() {
    return List.of(
        new LanguageLink("en", "English", link("en")),
        new LanguageLink("zh-HK", "繁體中文", link("zh-HK")),
        new LanguageLink("zh-CN", "简体中文", link("zh-CN")));
  }

  /** Path and query only: an absolute link would carry the request's (forgeable) Host header. */
  private static String link(String tag) {
    var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
    return UriComponentsBuilder.newInstance()
        .path(current.getPath())
        .query(current.getQuery())
        .replaceQueryParam("lang", tag)
        .build()
        .toUriString();
  }

  static boolean signedIn(Authentication authentication) {
    return authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
  }

  /**
   * One entry of the bar: a link (one item, no group) or a menu.
   *
   * @param group the menu's message key; null for a single link
   */
  record NavEntry(String group, List<NavItem> items) {

    /** Whether the menu holds the current page. */
    public boolean holds(String currentPath) {
      return items.stream().anyMatch(item -> item.path().equals(currentPath));
    }
  }

  /** A language switch link. */
  record LanguageLink(String tag, String label, String href) {}
}
