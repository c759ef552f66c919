package org.cppp.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form and each role's home dashboard. */
@Controller
class HomePages {

  private final List<DashboardTiles> contributors;

  HomePages(List<DashboardTiles> contributors) {
    this.contributors = contributors;
  }

  @GetMapping("/login")
  String login(Authentication authentication) {
    return LayoutModel.signedIn(authentication) ? "redirect:/dashboard" : "platform/login";
  }

  @GetMapping("/dashboard")
  String dashboard(Authentication authentication, Model model) {
    Set<String> roles = Roles.of(authentication);
    model.addAttribute("roles", roles.stream().sorted().toList());
    model.addAttribute(
        "tiles",
        contributors.stream()
            .flatMap(c -> c.tilesFor(roles).stream())
            .sorted(Comparator.comparingInt(DashboardTiles.Tile::order))
            .toList());
    return "platform/dashboard";
  }
}
