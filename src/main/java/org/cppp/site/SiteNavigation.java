package org.cppp.site;

import java.util.List;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Account requests in the officers' navigation and on their dashboard. */
@Configuration(proxyBeanMethods = false)
class SiteNavigation {

  @Bean
  NavItem accountRequestsNavItem() {
    return new NavItem(
        "nav.account-requests",
        "/site/account-requests",
        Set.of(Role.names(SitePolicy.REVIEWERS)),
        86,
        NavItem.ADMINISTRATION);
  }

  @Bean
  DashboardTiles accountRequestTiles(AccountRequestRepository requests) {
    return roles ->
        Role.anyNamed(roles, SitePolicy.REVIEWERS)
            ? List.of(
                new DashboardTiles.Tile(
                    "dashboard.account-requests",
                    requests.countByStatus(AccountRequestStatus.PENDING),
                    "/site/account-requests",
                    19))
            : List.of();
  }
}
