package org.cppp.platform;

import java.util.Comparator;
import java.util.List;
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

  /** A language switch link. */
  record LanguageLink(String tag, String label, String href) {}
}
