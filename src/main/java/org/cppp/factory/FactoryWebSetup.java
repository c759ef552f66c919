package org.cppp.factory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cppp.identity.Role;
import org.cppp.platform.DashboardTiles;
import org.cppp.platform.HttpAccessRules;
import org.cppp.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who reaches the factory register, its place in the navigation and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class FactoryWebSetup {

  private static final String[] READERS = Role.names(FactoryPolicy.READERS);
  private static final String[] EDITORS = Role.names(FactoryPolicy.EDITORS);
  private static final String[] UPDATERS = Role.names(FactoryPolicy.UPDATERS);
  private static final String[] APPLICANTS = Role.names(FactoryPolicy.APPLICANTS);
  private static final String[] STAFF = Role.names(FactoryPolicy.STAFF);

  @Bean
  HttpAccessRules factoryAccessRules() {
    return new HttpAccessRules() {
      @Override
      public void pages(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry.requestMatchers("/factories/mine").hasAnyRole(APPLICANTS);
        registry
            .requestMatchers("/factories/new", "/factories/validate-br", "/factories/duplicates")
            .hasAnyRole(EDITORS);
        registry
            .requestMatchers(HttpMethod.POST, "/factories/eligibility-rules")
            .hasAnyRole(EDITORS);
        registry.requestMatchers("/factories", "/factories/**").hasAnyRole(READERS);
        registry.requestMatchers(HttpMethod.GET, "/businesses/*").hasAnyRole(READERS);
        registry.requestMatchers(HttpMethod.GET, "/businesses").hasAnyRole(STAFF);
        registry.requestMatchers("/businesses", "/businesses/**").hasAnyRole(EDITORS);
      }

      @Override
      public void api(
          AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
              registry) {
        registry
            .requestMatchers(HttpMethod.POST, "/api/factories", "/api/factories/**")
            .hasAnyRole(EDITORS);
        registry.requestMatchers(HttpMethod.PUT, "/api/factories/*").hasAnyRole(UPDATERS);
        registry.requestMatchers(HttpMethod.DELETE, "/api/factories/*/link").hasAnyRole(EDITORS);
        registry
            .requestMatchers(HttpMethod.GET, "/api/factories", "/api/factories/**")
            .hasAnyRole(READERS);
        registry
            .requestMatchers(HttpMethod.GET, "/api/businesses/**", "/api/applicants/*/kind")
            .hasAnyRole(READERS);
        registry.requestMatchers("/api/businesses", "/api/businesses/**").hasAnyRole(EDITORS);
        registry.requestMatchers("/api/associations").hasAnyRole(READERS);
      }
    };
  }

  @Bean
  NavItem factoriesNavItem() {
    return new NavItem("nav.factories", "/factories", Set.of(Role.names(FactoryPolicy.STAFF)), 10);
  }

  @Bean
  NavItem businessesNavItem() {
    return new NavItem("nav.businesses", "/businesses", Set.of(STAFF), 84, NavItem.ADMINISTRATION);
  }

  @Bean
  NavItem myFactoryNavItem() {
    return new NavItem("nav.my-factory", "/factories/mine", Set.of(APPLICANTS), 10);
  }

  @Bean
  DashboardTiles factoryTiles(Factories factories) {
    return roles -> {
      List<DashboardTiles.Tile> tiles = new ArrayList<>();
      if (Role.anyNamed(roles, FactoryPolicy.STAFF)) {
        FactoryFigures figures = factories.figures();
        tiles.add(
            new DashboardTiles.Tile("dashboard.factories", figures.registered(), "/factories", 10));
        tiles.add(
            new DashboardTiles.Tile(
                "dashboard.factories.eligible",
                figures.eligible(),
                "/factories?eligible=true",
                11));
        if (Role.anyNamed(roles, FactoryPolicy.EDITORS)) {
          tiles.add(
              new DashboardTiles.Tile(
                  "dashboard.factories.duplicates",
                  figures.possibleDuplicates(),
                  "/factories/duplicates",
                  12));
        }
      } else if (Role.anyNamed(roles, FactoryPolicy.APPLICANTS)) {
        factories
            .mine()
            .ifPresent(
                mine ->
                    tiles.add(
                        mine.eligible()
                            ? new DashboardTiles.Tile(
                                "dashboard.my-factory.eligible",
                                0,
                                "/factories/mine",
                                10,
                                "dashboard.my-factory.eligible.value")
                            : new DashboardTiles.Tile(
                                "dashboard.my-factory.ineligible",
                                mine.ineligibilityReasons().size(),
                                "/factories/mine",
                                10)));
      }
      return tiles;
    };
  }
}
