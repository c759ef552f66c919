package org.cppp.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who reaches the time limits page and API, its navigation entry, and the officers' tiles: overdue
 * work and each stage's service-level breaches, counted in the database.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineWebSetup {

  @Bean
  HttpAccessRules deadlineAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers("/deadlines", "/deadlines/**")
            .hasAnyRole(DeadlinePolicy.readerNames());
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/api/deadlines/**").hasAnyRole(DeadlinePolicy.readerNames());
      }
    };
  }

  @Bean
  NavItem deadlinesNavItem() {
    return new NavItem(
        "nav.deadlines", "/deadlines", Set.of(DeadlinePolicy.readerNames()), 61, NavItem.FUNDING);
  }

  @Bean
  DashboardTiles deadlineTiles(Deadlines deadlines) {
    return roles -> {
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      if (DeadlinePolicy.READERS.stream().map(Role::name).noneMatch(roles::contains)) {
        return tiles;
      }
      tiles.add(
          new DashboardTiles.Tile(
              "dashboard.applications.overdue", deadlines.countOverdue(), "/deadlines", 24));
      int order = 25;
      for (ServiceLevelFigures f : deadlines.serviceLevelFigures()) {
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.deadlines.breached." + f.level().stage(),
                f.breached(),
                "/deadlines?stage=" + f.level().stage(),
                order++));
      }
      return tiles;
    };
  }
}
